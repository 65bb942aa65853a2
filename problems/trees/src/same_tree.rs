//! Same Tree (LeetCode 100). Target: O(n) time, O(h) extra space: walk both trees in step,
//! comparing the pair of nodes at each position (both missing, or both present with equal values).
//! The reference keeps the pairs on an explicit stack.

use std::cell::RefCell;
use std::rc::Rc;

use judge_engine::prelude::*;

use crate::{Path, Shape};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub p: Vec<Option<i32>>,
    pub q: Vec<Option<i32>>,
}

pub struct Problem;

type Tree = Option<Rc<RefCell<TreeNode>>>;

/// LeetCode's method: a stack of pairs of nodes at the same position in both trees.
pub fn is_same_tree(p: Tree, q: Tree) -> bool {
    let mut stack = vec![(p, q)];
    while let Some(pair) = stack.pop() {
        match pair {
            (None, None) => {}
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                if a.val != b.val {
                    return false;
                }
                stack.push((a.left.clone(), b.left.clone()));
                stack.push((a.right.clone(), b.right.clone()));
            }
            _ => return false,
        }
    }
    true
}

/// The reference as the judge calls it: both trees built from their level orders, compared, and
/// freed node by node (the learner's code pays the same building in the glue).
pub fn reference(p: Vec<Option<i32>>, q: Vec<Option<i32>>) -> bool {
    let (p, q) = (nodes::tree(&p), nodes::tree(&q));
    let same = is_same_tree(p.clone(), q.clone());
    nodes::drop_tree(p);
    nodes::drop_tree(q);
    same
}

const MAX_NODES: usize = 100;
const MAX_VALUE: i32 = 10_000;

/// Two copies of one tree of `shape` with random values.
fn twins(shape: Shape, gen: &mut Gen) -> Input {
    let p = shape.with_values(&gen.ints(shape.len(), -MAX_VALUE, MAX_VALUE));
    Input { q: p.clone(), p }
}

/// A tree and a copy of it whose deepest node (the last in level order) has another value.
fn last_value_differs(shape: Shape, gen: &mut Gen) -> Input {
    let mut values = gen.ints(shape.len(), -MAX_VALUE, MAX_VALUE);
    let p = shape.with_values(&values);
    if let Some(last) = values.last_mut() {
        *last = if *last < MAX_VALUE {
            *last + 1
        } else {
            *last - 1
        };
    }
    Input {
        p,
        q: shape.with_values(&values),
    }
}

/// Pairs of trees with values in `-bound..=bound`: mostly a tree and a copy of it, as it is or
/// with one small change, sometimes two unrelated trees.
fn pairs(bound: i32, max_nodes: usize) -> BoxedStrategy<Input> {
    (crate::trees(-bound, bound, max_nodes), any::<u64>(), 0..4u8)
        .prop_map(move |(p, seed, how)| {
            let mut gen = Gen::new(seed);
            let q = match how {
                0 => p.clone(),
                1 | 2 => crate::altered(&p, -bound, bound, &mut gen),
                _ => {
                    let n = gen.index(max_nodes + 1);
                    let shape = Shape::random(n, &mut gen);
                    shape.with_values(&gen.ints(n, -bound, bound))
                }
            };
            Input { p, q }
        })
        .boxed()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["p", "q"];

    fn reference(input: Input) -> bool {
        reference(input.p, input.q)
    }

    fn oracle(input: Input) -> bool {
        // Without nodes: both level orders read and written out again in normal form, compared.
        let normal = |order: &[Option<i32>]| {
            let (shape, values) = Shape::parse(order);
            shape.with_values(&values)
        };
        normal(&input.p) == normal(&input.q)
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![pairs(2, 8), pairs(MAX_VALUE, MAX_NODES)].boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // At most 100 nodes a tree: building the trees costs about as much as any sensible
        // comparison (see the data's [judge]); these catch wrong answers on deep and full trees.
        vec![
            StressFamily {
                name: "two equal left paths (depth n)",
                max_n: MAX_NODES,
                generate: |n, gen| twins(Shape::path(n, Path::Left), gen),
            },
            StressFamily {
                name: "two equal zigzag paths",
                max_n: MAX_NODES,
                generate: |n, gen| twins(Shape::path(n, Path::Zigzag), gen),
            },
            StressFamily {
                name: "two equal complete trees",
                max_n: MAX_NODES,
                generate: |n, gen| twins(Shape::complete(n), gen),
            },
            StressFamily {
                name: "two equal random trees",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let shape = Shape::random(n, gen);
                    twins(shape, gen)
                },
            },
            StressFamily {
                name: "random trees differing only in the deepest node's value",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let shape = Shape::random(n, gen);
                    last_value_differs(shape, gen)
                },
            },
            StressFamily {
                // Equal values everywhere: only the shape tells them apart.
                name: "a left path and a right path, all values equal",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    p: Shape::path(n, Path::Left).with_values(&vec![7; n]),
                    q: Shape::path(n, Path::Right).with_values(&vec![7; n]),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, tree) in [("p", &input.p), ("q", &input.q)] {
            let values: Vec<i32> = tree.iter().flatten().copied().collect();
            constraint::length(&format!("the nodes of {name}"), values.len(), 0..=MAX_NODES)?;
            constraint::each_within(
                &format!("{name}'s Node.val"),
                &values,
                -MAX_VALUE..=MAX_VALUE,
            )?;
        }
        Ok(())
    }
}

/// The harness's entry point: the glue builds the learner's two trees and calls `is_same_tree`.
pub fn judge(solve: fn(Vec<Option<i32>>, Vec<Option<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.p, input.q))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_small_trees() {
        let t = |order: &[Option<i32>]| order.to_vec();
        let three = t(&[Some(1), Some(2), Some(3)]);
        assert!(reference(three.clone(), three));
        assert!(!reference(
            t(&[Some(1), Some(2)]),
            t(&[Some(1), None, Some(2)])
        ));
        assert!(!reference(
            t(&[Some(1), Some(2), Some(1)]),
            t(&[Some(1), Some(1), Some(2)])
        ));
        assert!(reference(vec![], vec![]));
        assert!(!reference(vec![], t(&[Some(0)])));
    }

    #[test]
    fn the_strategy_gives_both_answers_often() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = Problem::strategy();
        let same = (0..400)
            .filter(|_| {
                let input = strategy.new_tree(&mut runner).unwrap().current();
                Problem::oracle(input)
            })
            .count();
        assert!(
            (100..=300).contains(&same),
            "{same} of 400 pairs are the same tree"
        );
    }

    #[test]
    fn deep_paths_are_compared_without_recursion() {
        let n = 100_000;
        let left = Shape::path(n, Path::Left).with_values(&vec![1; n]);
        let right = Shape::path(n, Path::Right).with_values(&vec![1; n]);
        assert!(reference(left.clone(), left.clone()));
        assert!(!reference(left, right));
    }
}

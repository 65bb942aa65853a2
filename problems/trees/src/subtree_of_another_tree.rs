//! Subtree of Another Tree (LeetCode 572). Target: O(m·n) time, O(h) extra space, what LeetCode
//! accepts and what most solutions do: at every node of `root`, compare the subtree there with
//! `sub_root`, stopping at the first difference. Writing both trees out with markers for missing
//! children and searching one string in the other (KMP, or a linear `str::contains`), or hashing
//! every subtree, gives O(m + n). The reference is the comparison at every node, with explicit
//! stacks, so that a learner's comparison is timed against its own kind.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use judge_engine::prelude::*;

use crate::{Path, Shape};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
    pub sub_root: Vec<Option<i32>>,
}

pub struct Problem;

type Tree = Option<Rc<RefCell<TreeNode>>>;

/// Whether the subtree at `a` equals `b`, with `pairs` as the stack (reused between calls).
fn same(a: &Rc<RefCell<TreeNode>>, b: &Tree, pairs: &mut Vec<(Tree, Tree)>) -> bool {
    pairs.clear();
    pairs.push((Some(Rc::clone(a)), b.clone()));
    while let Some(pair) = pairs.pop() {
        match pair {
            (None, None) => {}
            (Some(x), Some(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                if x.val != y.val {
                    return false;
                }
                pairs.push((x.left.clone(), y.left.clone()));
                pairs.push((x.right.clone(), y.right.clone()));
            }
            _ => return false,
        }
    }
    true
}

/// LeetCode's method: every node of `root` in turn (an explicit stack), compared with
/// `sub_root` until the first difference.
pub fn is_subtree(root: Tree, sub_root: Tree) -> bool {
    let mut stack: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    let mut pairs = Vec::new();
    while let Some(node) = stack.pop() {
        if same(&node, &sub_root, &mut pairs) {
            return true;
        }
        let node = node.borrow();
        stack.extend(node.left.iter().cloned());
        stack.extend(node.right.iter().cloned());
    }
    false
}

/// The reference as the judge calls it: both trees built from their level orders, searched, and
/// freed node by node (the learner's code pays the same building in the glue).
pub fn reference(root: Vec<Option<i32>>, sub_root: Vec<Option<i32>>) -> bool {
    let (root, sub_root) = (nodes::tree(&root), nodes::tree(&sub_root));
    let found = is_subtree(root.clone(), sub_root.clone());
    nodes::drop_tree(root);
    nodes::drop_tree(sub_root);
    found
}

const MAX_ROOT: usize = 2000;
const MAX_SUB: usize = 1000;
const MAX_VALUE: i32 = 10_000;

/// The subtree of `shape` at `node`, with its values, in level order.
fn subtree_at(shape: &Shape, values: &[i32], node: usize) -> Vec<Option<i32>> {
    let mut children = Vec::new();
    let mut picked = Vec::new();
    let mut queue = VecDeque::from([node]);
    while let Some(old) = queue.pop_front() {
        picked.push(values[old]);
        children.push([None, None]);
        for child in shape.children[old].into_iter().flatten() {
            queue.push_back(child);
        }
    }
    // Renumber breadth first: the k-th node taken has number k, its children follow in order.
    let mut next = 1;
    let mut queue = VecDeque::from([node]);
    let mut number = 0;
    while let Some(old) = queue.pop_front() {
        for (side, child) in shape.children[old].into_iter().enumerate() {
            if let Some(child) = child {
                children[number][side] = Some(next);
                next += 1;
                queue.push_back(child);
            }
        }
        number += 1;
    }
    Shape { children }.with_values(&picked)
}

/// The size of every node's subtree in `shape` (children are numbered after their parents, as in
/// shapes read from a level order or built by `Shape::random`).
fn sizes(shape: &Shape) -> Vec<usize> {
    let mut size = vec![1; shape.len()];
    for node in (0..shape.len()).rev() {
        for child in shape.children[node].into_iter().flatten() {
            size[node] += size[child];
        }
    }
    size
}

/// The node with the largest subtree of at most `limit` nodes (the root when the whole tree fits).
fn largest_subtree_within(shape: &Shape, limit: usize) -> usize {
    let size = sizes(shape);
    (0..shape.len())
        .filter(|&node| size[node] <= limit)
        .max_by_key(|&node| size[node])
        .unwrap_or(0)
}

/// A random tree of `n` nodes and a copy of its largest subtree of at most n/2 nodes, with one
/// small change or without.
fn random_with_copy(n: usize, gen: &mut Gen, changed: bool) -> Input {
    let shape = Shape::random(n, gen);
    let values = gen.ints(n, -MAX_VALUE, MAX_VALUE);
    let node = largest_subtree_within(&shape, (n / 2).clamp(1, MAX_SUB));
    let mut sub_root = subtree_at(&shape, &values, node);
    if changed {
        sub_root = crate::altered(&sub_root, -MAX_VALUE, MAX_VALUE, gen);
        if sub_root.is_empty() {
            sub_root = vec![Some(MAX_VALUE)];
        }
    }
    Input {
        root: shape.with_values(&values),
        sub_root,
    }
}

/// Pairs with values in `-bound..=bound` and up to `max_nodes` nodes in `root`: `sub_root` is a
/// copy of one of its subtrees, such a copy with one small change, or a small unrelated tree.
fn pairs(bound: i32, max_nodes: usize) -> BoxedStrategy<Input> {
    (crate::trees(-bound, bound, max_nodes), any::<u64>(), 0..4u8)
        .prop_map(move |(root, seed, how)| {
            let root = if root.is_empty() { vec![Some(0)] } else { root };
            let mut gen = Gen::new(seed);
            let (shape, values) = Shape::parse(&root);
            let copy = subtree_at(&shape, &values, gen.index(shape.len()));
            let sub_root = match how {
                0 => copy,
                1 | 2 => crate::altered(&copy, -bound, bound, &mut gen),
                _ => {
                    let n = 1 + gen.index(4);
                    Shape::random(n, &mut gen).with_values(&gen.ints(n, -bound, bound))
                }
            };
            let sub_root = if sub_root.is_empty() {
                vec![Some(bound)]
            } else {
                sub_root
            };
            Input { root, sub_root }
        })
        .boxed()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["root", "sub_root"];

    fn reference(input: Input) -> bool {
        reference(input.root, input.sub_root)
    }

    fn oracle(input: Input) -> bool {
        // Without nodes: every subtree of `root` written out in level order, compared with
        // `sub_root` written out the same way.
        let (shape, values) = Shape::parse(&input.root);
        let (sub_shape, sub_values) = Shape::parse(&input.sub_root);
        let target = sub_shape.with_values(&sub_values);
        (0..shape.len()).any(|node| subtree_at(&shape, &values, node) == target)
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![pairs(2, 12), pairs(MAX_VALUE, 60), pairs(3, 150)].boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Writing out the subtree at every node costs O(n²) on a path, where comparing
                // at every node stops at once: m·n is small here.
                name: "a left path, sub_root three nodes found nowhere",
                max_n: MAX_ROOT,
                generate: |n, gen| Input {
                    root: Shape::path(n, Path::Left)
                        .with_values(&gen.ints(n, -MAX_VALUE, MAX_VALUE)),
                    sub_root: Shape::complete(3).with_values(&[1, 2, 3]),
                },
            },
            StressFamily {
                // Comparing without stopping at the first difference walks min(m, what is left)
                // nodes at every start here: m·n, where stopping early costs m + n.
                name: "a left path, sub_root its bottom half",
                max_n: MAX_ROOT,
                generate: |n, gen| {
                    let shape = Shape::path(n, Path::Left);
                    let values = gen.ints(n, -MAX_VALUE, MAX_VALUE);
                    let sub_root = subtree_at(&shape, &values, n / 2);
                    Input {
                        root: shape.with_values(&values),
                        sub_root,
                    }
                },
            },
            StressFamily {
                name: "a zigzag path, sub_root its bottom half",
                max_n: MAX_ROOT,
                generate: |n, gen| {
                    let shape = Shape::path(n, Path::Zigzag);
                    let values = gen.ints(n, -MAX_VALUE, MAX_VALUE);
                    let sub_root = subtree_at(&shape, &values, n / 2);
                    Input {
                        root: shape.with_values(&values),
                        sub_root,
                    }
                },
            },
            StressFamily {
                // The comparison's worst case: every start matches for up to m nodes.
                name: "equal values: a right path, sub_root half as long with another last value",
                max_n: MAX_ROOT,
                generate: |n, _| {
                    let m = (n / 2).max(1);
                    let mut sub_values = vec![0; m];
                    sub_values[m - 1] = 1;
                    Input {
                        root: Shape::path(n, Path::Right).with_values(&vec![0; n]),
                        sub_root: Shape::path(m, Path::Right).with_values(&sub_values),
                    }
                },
            },
            StressFamily {
                name: "a random tree, sub_root a copy of one of its subtrees",
                max_n: MAX_ROOT,
                generate: |n, gen| random_with_copy(n, gen, false),
            },
            StressFamily {
                name: "a random tree, sub_root one of its subtrees with one change",
                max_n: MAX_ROOT,
                generate: |n, gen| random_with_copy(n, gen, true),
            },
            StressFamily {
                name: "complete trees of equal values",
                max_n: MAX_ROOT,
                generate: |n, _| {
                    let m = (n / 2).max(1);
                    Input {
                        root: Shape::complete(n).with_values(&vec![-MAX_VALUE; n]),
                        sub_root: Shape::complete(m).with_values(&vec![-MAX_VALUE; m]),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, tree, max) in [
            ("root", &input.root, MAX_ROOT),
            ("sub_root", &input.sub_root, MAX_SUB),
        ] {
            let values: Vec<i32> = tree.iter().flatten().copied().collect();
            constraint::length(&format!("the nodes of {name}"), values.len(), 1..=max)?;
            constraint::each_within(
                &format!("{name}'s Node.val"),
                &values,
                -MAX_VALUE..=MAX_VALUE,
            )?;
        }
        Ok(())
    }
}

/// The harness's entry point: the glue builds the learner's two trees and calls `is_subtree`.
pub fn judge(solve: fn(Vec<Option<i32>>, Vec<Option<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root, input.sub_root))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_small_trees() {
        let t = |order: &[Option<i32>]| order.to_vec();
        let sub = t(&[Some(4), Some(1), Some(2)]);
        assert!(reference(
            t(&[Some(3), Some(4), Some(5), Some(1), Some(2)]),
            sub.clone()
        ));
        assert!(!reference(
            t(&[
                Some(3),
                Some(4),
                Some(5),
                Some(1),
                Some(2),
                None,
                None,
                None,
                None,
                Some(0)
            ]),
            sub
        ));
        assert!(!reference(t(&[Some(12)]), t(&[Some(2)])));
        assert!(reference(t(&[Some(1), Some(1)]), t(&[Some(1)])));
    }

    #[test]
    fn subtrees_are_cut_out_whole() {
        let order = vec![
            Some(1),
            Some(2),
            Some(3),
            None,
            Some(4),
            Some(5),
            None,
            Some(6),
        ];
        let (shape, values) = Shape::parse(&order);
        assert_eq!(subtree_at(&shape, &values, 0), order);
        assert_eq!(
            subtree_at(&shape, &values, 1),
            vec![Some(2), None, Some(4), Some(6)]
        );
        assert_eq!(subtree_at(&shape, &values, 2), vec![Some(3), Some(5)]);
        assert_eq!(sizes(&shape), vec![6, 3, 2, 2, 1, 1]);
        assert_eq!(sizes(&shape)[largest_subtree_within(&shape, 2)], 2);
        assert_eq!(largest_subtree_within(&shape, 6), 0);
    }

    #[test]
    fn the_strategy_gives_both_answers_often() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = Problem::strategy();
        let found = (0..400)
            .filter(|_| Problem::oracle(strategy.new_tree(&mut runner).unwrap().current()))
            .count();
        assert!((100..=300).contains(&found), "{found} of 400 are subtrees");
    }

    #[test]
    fn the_stress_families_answer_as_named() {
        let answers: Vec<bool> = Problem::stress()
            .iter()
            .map(|family| {
                let input = (family.generate)(family.max_n, &mut Gen::new(1));
                reference(input.root, input.sub_root)
            })
            .collect();
        assert_eq!(answers, [false, true, true, false, true, false, false]);
    }

    #[test]
    fn deep_paths_are_searched_without_recursion() {
        let n = 100_000;
        let root = Shape::path(n, Path::Left).with_values(&vec![1; n]);
        let sub = Shape::path(3, Path::Left).with_values(&[1, 1, 1]);
        assert!(reference(root.clone(), sub));
        assert!(!reference(root, vec![Some(2)]));
    }
}

//! Binary Tree Level Order Traversal (LeetCode 102). Target: O(n) time, O(w) extra space (the
//! widest level): breadth first with a queue, one level at a time, each level read left to right.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use judge_engine::prelude::*;

use crate::{Path, Shape};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method: a queue holding one level; its length at the start of a level says how
/// many nodes to take before the next level begins.
pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
    let mut levels = Vec::new();
    let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    while !queue.is_empty() {
        let width = queue.len();
        let mut level = Vec::with_capacity(width);
        for _ in 0..width {
            let node = queue.pop_front().expect("the level has `width` nodes");
            let node = node.borrow();
            level.push(node.val);
            queue.extend(node.left.iter().cloned());
            queue.extend(node.right.iter().cloned());
        }
        levels.push(level);
    }
    levels
}

/// The reference as the judge calls it: the tree built from its level order, traversed, and
/// freed node by node (the learner's code pays the same building in the glue).
pub fn reference(root: Vec<Option<i32>>) -> Vec<Vec<i32>> {
    let tree = nodes::tree(&root);
    let levels = level_order(tree.clone());
    nodes::drop_tree(tree);
    levels
}

const MAX_NODES: usize = 2000;
const MAX_VALUE: i32 = 1000;

fn family(shape: Shape, gen: &mut Gen) -> Input {
    Input {
        root: shape.with_values(&gen.ints(shape.len(), -MAX_VALUE, MAX_VALUE)),
    }
}

/// Depth first in the arena, left before right, each value appended to its depth's list: the
/// lists come out left to right (recursion as deep as the oracle's small trees).
fn collect(
    shape: &Shape,
    values: &[i32],
    node: Option<usize>,
    depth: usize,
    levels: &mut Vec<Vec<i32>>,
) {
    let Some(node) = node else { return };
    if levels.len() == depth {
        levels.push(Vec::new());
    }
    levels[depth].push(values[node]);
    let [left, right] = shape.children[node];
    collect(shape, values, left, depth + 1, levels);
    collect(shape, values, right, depth + 1, levels);
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.root)
    }

    fn oracle(input: Input) -> Vec<Vec<i32>> {
        // Without a queue: depth first, left before right, into one list per depth.
        let (shape, values) = Shape::parse(&input.root);
        let mut levels = Vec::new();
        collect(
            &shape,
            &values,
            (!shape.is_empty()).then_some(0),
            0,
            &mut levels,
        );
        levels
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            crate::trees(-3, 3, 12),
            crate::trees(-MAX_VALUE, MAX_VALUE, 200),
        ]
        .prop_map(|root| Input { root })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Depth n: collecting each level by a walk from the root costs O(n²) here.
                name: "a left path (depth n)",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::path(n, Path::Left), gen),
            },
            StressFamily {
                name: "a right path (depth n)",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::path(n, Path::Right), gen),
            },
            StressFamily {
                name: "a zigzag path (depth n)",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::path(n, Path::Zigzag), gen),
            },
            StressFamily {
                // The widest levels.
                name: "a complete tree",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::complete(n), gen),
            },
            StressFamily {
                name: "a random tree",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let shape = Shape::random(n, gen);
                    family(shape, gen)
                },
            },
            StressFamily {
                name: "a random tree, all values equal",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    root: Shape::random(n, gen).with_values(&vec![-MAX_VALUE; n]),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let values: Vec<i32> = input.root.iter().flatten().copied().collect();
        constraint::length("the tree's nodes", values.len(), 0..=MAX_NODES)?;
        constraint::each_within("Node.val", &values, -MAX_VALUE..=MAX_VALUE)
    }
}

/// The harness's entry point: the glue builds the learner's tree and calls `level_order` on it.
pub fn judge(solve: fn(Vec<Option<i32>>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_small_trees() {
        let t = |order: &[Option<i32>]| order.to_vec();
        assert_eq!(
            reference(t(&[
                Some(3),
                Some(9),
                Some(20),
                None,
                None,
                Some(15),
                Some(7)
            ])),
            vec![vec![3], vec![9, 20], vec![15, 7]]
        );
        assert_eq!(reference(t(&[Some(1)])), vec![vec![1]]);
        assert_eq!(reference(vec![]), Vec::<Vec<i32>>::new());
        assert_eq!(
            reference(t(&[Some(1), Some(2), None, Some(3), Some(4)])),
            vec![vec![1], vec![2], vec![3, 4]]
        );
    }

    #[test]
    fn deep_paths_are_traversed_without_recursion() {
        let n = 100_000;
        for path in [Path::Left, Path::Zigzag] {
            let values: Vec<i32> = (0..n as i32).map(|i| i % 1000).collect();
            let levels = reference(Shape::path(n, path).with_values(&values));
            assert_eq!(levels.len(), n);
            assert!(levels.iter().zip(&values).all(|(level, &v)| level == &[v]));
        }
    }
}

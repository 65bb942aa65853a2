//! Maximum Depth of Binary Tree (LeetCode 104). Target: O(n) time, O(h) extra space for a depth
//! first walk (O(w), the widest level, breadth first): visit every node once, carrying its depth.
//! The reference walks level by level, so a 10^4-deep path never recurses in the judge.

use std::cell::RefCell;
use std::rc::Rc;

use judge_engine::prelude::*;

use crate::{Path, Shape};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method: one level at a time, counting the levels.
pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
    let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    let mut next = Vec::new();
    let mut depth = 0;
    while !level.is_empty() {
        depth += 1;
        for node in level.drain(..) {
            let node = node.borrow();
            next.extend(node.left.iter().cloned());
            next.extend(node.right.iter().cloned());
        }
        std::mem::swap(&mut level, &mut next);
    }
    depth
}

/// The reference as the judge calls it: the tree built from its level order, measured, and freed
/// node by node (the learner's code pays the same building in the glue).
pub fn reference(root: Vec<Option<i32>>) -> i32 {
    let tree = nodes::tree(&root);
    let depth = max_depth(tree.clone());
    nodes::drop_tree(tree);
    depth
}

const MAX_NODES: usize = 10_000;
const MAX_VALUE: i32 = 100;

fn family(shape: Shape, gen: &mut Gen) -> Input {
    Input {
        root: shape.with_values(&gen.ints(shape.len(), -MAX_VALUE, MAX_VALUE)),
    }
}

/// The depth of `node` in the arena, by recursion (the oracle's trees are small).
fn depth_below(shape: &Shape, node: Option<usize>) -> i32 {
    node.map_or(0, |node| {
        let [left, right] = shape.children[node];
        1 + depth_below(shape, left).max(depth_below(shape, right))
    })
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> i32 {
        reference(input.root)
    }

    fn oracle(input: Input) -> i32 {
        // Without nodes: the arena, depth first by recursion.
        let (shape, _) = Shape::parse(&input.root);
        depth_below(&shape, (!shape.is_empty()).then_some(0))
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
                // Depth n: recursion 10^4 deep, and depth-limited searches repeated per level.
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
                // The widest levels: a Vec used as a queue with remove(0) is quadratic here.
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
                    root: Shape::random(n, gen).with_values(&vec![MAX_VALUE; n]),
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

/// The harness's entry point: the glue builds the learner's tree and calls `max_depth` on it.
pub fn judge(solve: fn(Vec<Option<i32>>) -> i32) -> ! {
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
            3
        );
        assert_eq!(reference(t(&[Some(1), None, Some(2)])), 2);
        assert_eq!(reference(vec![]), 0);
        assert_eq!(reference(t(&[Some(0)])), 1);
    }

    #[test]
    fn deep_paths_are_measured_without_recursion() {
        let n = 100_000;
        for path in [Path::Left, Path::Right, Path::Zigzag] {
            let order = Shape::path(n, path).with_values(&vec![1; n]);
            assert_eq!(reference(order), n as i32);
        }
        assert_eq!(reference(Shape::complete(n).with_values(&vec![1; n])), 17);
    }
}

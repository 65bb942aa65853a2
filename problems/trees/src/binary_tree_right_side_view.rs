//! Binary Tree Right Side View (LeetCode 199). Target: O(n) time, O(w) space (w the widest
//! level): a breadth-first walk one level at a time; the last node of each level is the one seen
//! from the right.

use crate::{shaped_trees, trees, validate_tree, Shape};
use judge_engine::nodes::Tree;
use judge_engine::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method: the levels in turn, each built from the children of the one before; the
/// last node of a level is the rightmost one.
pub fn right_side_view(root: Tree) -> Vec<i32> {
    let mut view = Vec::new();
    let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    while let Some(last) = level.last() {
        view.push(last.borrow().val);
        let mut next = Vec::with_capacity(2 * level.len());
        for node in &level {
            let node = node.borrow();
            next.extend(node.left.clone());
            next.extend(node.right.clone());
        }
        level = next;
    }
    view
}

/// The reference as the judge calls it: the tree built from its level order, viewed, and freed
/// node by node (the learner's code pays the same in the solution binary's glue).
pub fn reference(root: Vec<Option<i32>>) -> Vec<i32> {
    let tree = nodes::tree(&root);
    let view = right_side_view(tree.clone());
    nodes::drop_tree(tree);
    view
}

const MAX_NODES: usize = 100;
const MAX_VALUE: i32 = 100;

/// A tree of `n` nodes of the shape `kind` (see [`crate::shape`]) with random values.
fn shaped(kind: usize, n: usize, gen: &mut Gen) -> Input {
    let shape: Shape = crate::shape(kind, n, gen);
    Input {
        root: shape.with_values(&gen.ints(n, -MAX_VALUE, MAX_VALUE)),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.root)
    }

    /// Without nodes: read the level order as LeetCode does, giving each entry its depth (one more
    /// than its parent's); the level order lists each level left to right, so the last node met at
    /// each depth is the answer there.
    fn oracle(input: Input) -> Vec<i32> {
        let mut view: Vec<i32> = Vec::new();
        // Depths of the nodes present, in order; each node present owns the next two entries.
        let mut parents: std::collections::VecDeque<usize> = Default::default();
        let mut depths = Vec::new();
        let mut pending = 0; // entries left for the current parent
        let mut parent_depth = 0;
        for (i, entry) in input.root.iter().enumerate() {
            let depth = if i == 0 {
                0
            } else {
                if pending == 0 {
                    parent_depth = depths[parents.pop_front().expect("a valid level order")];
                    pending = 2;
                }
                pending -= 1;
                parent_depth + 1
            };
            if let Some(value) = entry {
                parents.push_back(depths.len());
                depths.push(depth);
                if depth == view.len() {
                    view.push(*value);
                } else {
                    view[depth] = *value;
                }
            }
        }
        view
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            trees(-MAX_VALUE, MAX_VALUE, MAX_NODES),
            trees(-2, 2, 12),
            shaped_trees(-MAX_VALUE, MAX_VALUE, MAX_NODES),
        ]
        .prop_map(|root| Input { root })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // At most 100 nodes: any method is fast here; the families are the shapes that catch
        // a walk down one side only.
        vec![
            StressFamily {
                name: "a path of left children (only the left side is seen)",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(0, n, gen),
            },
            StressFamily {
                name: "a zigzag path",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(2, n, gen),
            },
            StressFamily {
                name: "a path turning at random",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(3, n, gen),
            },
            StressFamily {
                name: "the complete tree",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(4, n, gen),
            },
            StressFamily {
                name: "a random tree",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(5, n, gen),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        validate_tree("root", &input.root, 0..=MAX_NODES, -MAX_VALUE..=MAX_VALUE).map(|_| ())
    }
}

/// The harness's entry point: the glue builds the learner's tree from the level order.
pub fn judge(solve: fn(Vec<Option<i32>>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_shapes() {
        let order = |text: &[Option<i32>]| text.to_vec();
        assert_eq!(
            reference(order(&[
                Some(1),
                Some(2),
                Some(3),
                None,
                Some(5),
                None,
                Some(4)
            ])),
            vec![1, 3, 4]
        );
        assert_eq!(
            reference(order(&[
                Some(1),
                Some(2),
                Some(3),
                Some(4),
                None,
                None,
                None,
                Some(5)
            ])),
            vec![1, 3, 4, 5]
        );
        assert_eq!(reference(order(&[Some(1), None, Some(3)])), vec![1, 3]);
        assert_eq!(reference(vec![]), Vec::<i32>::new());
        for family in Problem::stress() {
            for seed in 0..20 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.root.clone()), Problem::oracle(input));
            }
        }
    }
}

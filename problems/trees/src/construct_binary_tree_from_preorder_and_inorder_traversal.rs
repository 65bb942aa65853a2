//! Construct Binary Tree from Preorder and Inorder Traversal (LeetCode 105). Target: O(n) time,
//! O(n) space. The reference reads the preorder once with a stack of the nodes whose right child
//! is still to come: while the top of the stack is not the next inorder value, the next preorder
//! value is its left child; when it is, nodes are popped as long as they match the inorder, and the
//! next value is the right child of the last one popped. No recursion, so a 3000-deep path is fine.
//! The answer is a tree, read back in level order (checker: `nodes::check_tree`).

use crate::{distinct_sorted, shape, Shape};
use judge_engine::nodes::Tree;
use judge_engine::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub preorder: Vec<i32>,
    pub inorder: Vec<i32>,
}

pub struct Problem;

/// LeetCode's method, with one stack and one pass over the preorder.
pub fn build_tree(preorder: Vec<i32>, inorder: Vec<i32>) -> Tree {
    let mut values = preorder.iter();
    let root = Rc::new(RefCell::new(TreeNode::new(*values.next()?)));
    let mut stack = vec![Rc::clone(&root)];
    let mut next_inorder = 0;
    for &value in values {
        let node = Rc::new(RefCell::new(TreeNode::new(value)));
        let top = Rc::clone(
            stack
                .last()
                .expect("the stack holds the path to the last node"),
        );
        if top.borrow().val != inorder[next_inorder] {
            top.borrow_mut().left = Some(Rc::clone(&node));
        } else {
            let mut parent = top;
            while let Some(last) = stack.last() {
                if last.borrow().val != inorder[next_inorder] {
                    break;
                }
                parent = stack.pop().expect("just looked at it");
                next_inorder += 1;
            }
            parent.borrow_mut().right = Some(Rc::clone(&node));
        }
        stack.push(node);
    }
    drop(stack);
    Some(root)
}

/// The reference as the judge calls it: the tree built and read back in level order, freed node
/// by node on the way (the learner's tree is read with the same loop).
pub fn reference(preorder: Vec<i32>, inorder: Vec<i32>) -> Vec<Option<i32>> {
    nodes::into_level_order(build_tree(preorder, inorder))
}

const MAX_NODES: usize = 3000;
const MAX_VALUE: i32 = 3000;

/// The nodes of `shape` in preorder (node, left subtree, right subtree), iteratively.
fn pre_order(shape: &Shape) -> Vec<usize> {
    let mut order = Vec::with_capacity(shape.len());
    let mut stack: Vec<usize> = if shape.is_empty() { vec![] } else { vec![0] };
    while let Some(node) = stack.pop() {
        order.push(node);
        let [left, right] = shape.children[node];
        stack.extend(right);
        stack.extend(left);
    }
    order
}

/// The two traversals of `shape` holding `values[i]` at node i.
fn traversals(shape: &Shape, values: &[i32]) -> Input {
    Input {
        preorder: pre_order(shape)
            .into_iter()
            .map(|node| values[node])
            .collect(),
        inorder: shape
            .in_order()
            .into_iter()
            .map(|node| values[node])
            .collect(),
    }
}

/// A tree of `n` nodes of the shape `kind` (see [`crate::shape`]) holding distinct values from
/// `-high..=high` in random places, as its two traversals.
fn tree_of(kind: usize, n: usize, high: i32, gen: &mut Gen) -> Input {
    let shape = shape(kind, n, gen);
    let mut values = distinct_sorted(n, -high, high, gen);
    for i in (1..n).rev() {
        values.swap(i, gen.index(i + 1));
    }
    traversals(&shape, &values)
}

/// The tree the traversals describe, as an arena, or why they describe none: each subproblem's
/// root (the first of its preorder) must lie within its inorder range, which makes the built
/// tree's inorder the given one. Iterative: a work list of (preorder start, inorder start, size).
fn reconstruct(preorder: &[i32], inorder: &[i32]) -> Result<(Shape, Vec<i32>), String> {
    let position: HashMap<i32, usize> = inorder.iter().enumerate().map(|(i, &v)| (v, i)).collect();
    let mut children = vec![[None, None]; preorder.len()];
    // (preorder start, inorder start, size, the parent's slot to fill)
    let mut work = vec![(0usize, 0usize, preorder.len(), None::<(usize, usize)>)];
    while let Some((pre, ino, size, slot)) = work.pop() {
        if size == 0 {
            continue;
        }
        let root = preorder[pre];
        let at = match position.get(&root) {
            Some(&at) if (ino..ino + size).contains(&at) => at,
            _ => {
                return Err(format!(
                    "preorder and inorder are not traversals of one tree: {root}, the root of the subtree at preorder index {pre}, is not among inorder[{ino}..{}]",
                    ino + size
                ))
            }
        };
        if let Some((parent, side)) = slot {
            children[parent][side] = Some(pre);
        }
        let left = at - ino;
        work.push((pre + 1, ino, left, Some((pre, 0))));
        work.push((pre + 1 + left, at + 1, size - left - 1, Some((pre, 1))));
    }
    // Node i of the arena is preorder[i]; renumber from the root as 0 (it already is).
    Ok((Shape { children }, preorder.to_vec()))
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Option<i32>>;
    const PARAMETERS: &'static [&'static str] = &["preorder", "inorder"];

    fn reference(input: Input) -> Vec<Option<i32>> {
        reference(input.preorder, input.inorder)
    }

    /// The textbook split, recursively, for the strategy's trees (at most 40 nodes): the first
    /// preorder value is the root, found by a linear search in the inorder, which splits both
    /// lists into the left and right subtrees' parts. Built as an arena, written in level order.
    /// Stress sizes (3000 deep): the validator's iterative split with a map of positions.
    fn oracle(input: Input) -> Vec<Option<i32>> {
        if input.preorder.len() > 64 {
            let (shape, values) =
                reconstruct(&input.preorder, &input.inorder).expect("valid traversals");
            return shape.with_values(&values);
        }
        fn build(
            pre: &[i32],
            ino: &[i32],
            shape: &mut Shape,
            values: &mut Vec<i32>,
        ) -> Option<usize> {
            let (&root, _) = pre.split_first()?;
            let at = ino
                .iter()
                .position(|&v| v == root)
                .expect("valid traversals");
            let node = shape.children.len();
            shape.children.push([None, None]);
            values.push(root);
            let left = build(&pre[1..=at], &ino[..at], shape, values);
            let right = build(&pre[at + 1..], &ino[at + 1..], shape, values);
            shape.children[node] = [left, right];
            Some(node)
        }
        let (mut shape, mut values) = (Shape::default(), Vec::new());
        build(&input.preorder, &input.inorder, &mut shape, &mut values);
        shape.with_values(&values)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Trees of every shape, values from a small range (close together) or the whole one.
        (1..=40usize, 0..6usize, any::<bool>(), any::<u64>())
            .prop_map(|(n, kind, small, seed)| {
                let high = if small { 25 } else { MAX_VALUE };
                tree_of(kind, n, high, &mut Gen::new(seed))
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // A linear search for each root in the inorder is O(n * height): on a left path the root
        // is always last in its range.
        vec![
            StressFamily {
                name: "a path of left children (each root last in its inorder range)",
                max_n: MAX_NODES,
                generate: |n, gen| tree_of(0, n, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a path of right children",
                max_n: MAX_NODES,
                generate: |n, gen| tree_of(1, n, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a zigzag path",
                max_n: MAX_NODES,
                generate: |n, gen| tree_of(2, n, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a path turning at random",
                max_n: MAX_NODES,
                generate: |n, gen| tree_of(3, n, MAX_VALUE, gen),
            },
            StressFamily {
                name: "the complete tree",
                max_n: MAX_NODES,
                generate: |n, gen| tree_of(4, n, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a random tree",
                max_n: MAX_NODES,
                generate: |n, gen| tree_of(5, n, MAX_VALUE, gen),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let (preorder, inorder) = (&input.preorder, &input.inorder);
        constraint::length("preorder", preorder.len(), 1..=MAX_NODES)?;
        if inorder.len() != preorder.len() {
            return Err(format!(
                "inorder has length {}, preorder {}; they must be equal",
                inorder.len(),
                preorder.len()
            ));
        }
        constraint::each_within("preorder", preorder, -MAX_VALUE..=MAX_VALUE)?;
        constraint::each_within("inorder", inorder, -MAX_VALUE..=MAX_VALUE)?;
        let mut seen = std::collections::HashSet::new();
        if let Some(twice) = preorder.iter().find(|&&v| !seen.insert(v)) {
            return Err(format!(
                "preorder holds {twice} twice; the values must be distinct"
            ));
        }
        if let Some(missing) = inorder.iter().find(|v| !seen.contains(v)) {
            return Err(format!("inorder holds {missing}, which preorder does not"));
        }
        // Same length, distinct in preorder, inorder within it: the same set if inorder is
        // distinct too, which the reconstruction's range checks need as well.
        let distinct: std::collections::HashSet<_> = inorder.iter().collect();
        if distinct.len() != inorder.len() {
            return Err("inorder holds a value twice; the values must be distinct".into());
        }
        reconstruct(preorder, inorder).map(|_| ())
    }

    fn check(_input: &Input, expected: &Vec<Option<i32>>, got: &Vec<Option<i32>>) -> Checked {
        nodes::check_tree(expected, got)
    }
}

/// The harness's entry point: the glue reads the learner's tree back in level order.
pub fn judge(solve: fn(Vec<i32>, Vec<i32>) -> Vec<Option<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.preorder, input.inorder))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_stress_shapes_round_trip() {
        let x = Some;
        assert_eq!(
            reference(vec![3, 9, 20, 15, 7], vec![9, 3, 15, 20, 7]),
            vec![x(3), x(9), x(20), None, None, x(15), x(7)]
        );
        assert_eq!(reference(vec![-1], vec![-1]), vec![x(-1)]);
        let mut gen = Gen::new(6);
        for kind in 0..6 {
            let shape = shape(kind, MAX_NODES, &mut gen);
            let values: Vec<i32> = (0..MAX_NODES as i32).map(|v| v - 1500).collect();
            let input = traversals(&shape, &values);
            let (built, built_values) = reconstruct(&input.preorder, &input.inorder).unwrap();
            assert_eq!(built.with_values(&built_values), shape.with_values(&values));
            assert_eq!(
                reference(input.preorder, input.inorder),
                shape.with_values(&values)
            );
        }
    }

    #[test]
    fn traversals_of_no_tree_are_refused() {
        let input = |preorder: Vec<i32>, inorder: Vec<i32>| Input { preorder, inorder };
        // The five trees whose preorder is 1, 2, 3 have five different inorders; the sixth
        // order of the three values belongs to none (2 would be 1's left child, yet 3 precedes it).
        for inorder in [[3, 2, 1], [2, 3, 1], [2, 1, 3], [1, 3, 2], [1, 2, 3]] {
            assert!(Problem::validate(&input(vec![1, 2, 3], inorder.to_vec())).is_ok());
        }
        let error = Problem::validate(&input(vec![1, 2, 3], vec![3, 1, 2])).unwrap_err();
        assert!(error.contains("not traversals of one tree"), "{error}");
        assert!(Problem::validate(&input(vec![1, 1], vec![1, 1])).is_err());
        assert!(Problem::validate(&input(vec![1, 2], vec![1, 3])).is_err());
        assert!(Problem::validate(&input(vec![1, 2], vec![1])).is_err());
    }
}

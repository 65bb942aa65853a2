//! Lowest Common Ancestor of a Binary Search Tree (LeetCode 235). Target: O(h) time, O(1) extra
//! space: from the root, go left while both values are smaller, right while both are larger; the
//! first node between them (or equal to one) is the answer.
//!
//! `p` and `q` are nodes of the input tree, and LeetCode compares the returned node itself: the
//! judge hands over the tree's own nodes (found by value, values being distinct) and checks that
//! the answer is one of them (`nodes_of_tree` in the data file). They cross as values, and so does
//! the answer.

use judge_engine::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

use crate::{distinct_sorted, Path, Shape};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
    pub p: i32,
    pub q: i32,
}

pub struct Problem;

type Tree = Option<Rc<RefCell<TreeNode>>>;

/// LeetCode's method, iteratively: the walk down the search paths of `p` and `q` until they part.
pub fn lowest_common_ancestor(root: Tree, p: Tree, q: Tree) -> Tree {
    let (p, q) = (p?.borrow().val, q?.borrow().val);
    let (low, high) = (p.min(q), p.max(q));
    let mut node = root?;
    loop {
        let next = {
            let current = node.borrow();
            if high < current.val {
                current.left.clone()
            } else if low > current.val {
                current.right.clone()
            } else {
                None
            }
        };
        match next {
            Some(child) => node = child,
            None => return Some(node),
        }
    }
}

/// The reference as the judge calls it: the tree built, `p` and `q` found in it, the method called
/// on the tree's own nodes, and the answer checked to be one of them (the learner's code pays the
/// same in the solution binary's glue).
pub fn reference(root: Vec<Option<i32>>, p: i32, q: i32) -> Option<i32> {
    let tree = nodes::tree(&root);
    let (p, q) = (nodes::find(&tree, p), nodes::find(&tree, q));
    let answer = lowest_common_ancestor(tree.clone(), p, q);
    let value = nodes::node_value(&tree, answer, "lowest_common_ancestor");
    nodes::drop_tree(tree);
    value
}

const MAX_NODES: usize = 100_000;
const MAX_VALUE: i32 = 1_000_000_000;

/// A BST of `n` distinct values on `shape`, with `p` and `q` two of its values.
fn with_pair(shape: Shape, sorted: &[i32], p: usize, q: usize) -> Input {
    Input {
        root: shape.as_bst(sorted),
        p: sorted[p],
        q: sorted[q],
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Option<i32>;
    const PARAMETERS: &'static [&'static str] = &["root", "p", "q"];

    fn reference(input: Input) -> Option<i32> {
        reference(input.root, input.p, input.q)
    }

    fn oracle(input: Input) -> Option<i32> {
        // Without nodes: each entry's parent from the level order, then the ancestors of p, and
        // the first ancestor of q among them.
        let order = &input.root;
        let mut parent = vec![usize::MAX; order.len()];
        let mut children = 1;
        for (i, entry) in order.iter().enumerate() {
            if entry.is_some() {
                let end = (children + 2).min(order.len());
                parent[children.min(end)..end].fill(i);
                children += 2;
            }
        }
        let position = |v: i32| order.iter().position(|&e| e == Some(v));
        let ancestors = |mut at: usize| {
            let mut chain = vec![at];
            while parent[at] != usize::MAX {
                at = parent[at];
                chain.push(at);
            }
            chain
        };
        let of_p = ancestors(position(input.p)?);
        ancestors(position(input.q)?)
            .into_iter()
            .find(|a| of_p.contains(a))
            .and_then(|a| order[a])
    }

    fn strategy() -> BoxedStrategy<Input> {
        (2..=14usize, any::<u64>())
            .prop_map(|(n, seed)| {
                let mut gen = Gen::new(seed);
                let sorted = distinct_sorted(n, -20, 20, &mut gen);
                let p = gen.index(n);
                let q = (p + 1 + gen.index(n - 1)) % n;
                with_pair(Shape::random(n, &mut gen), &sorted, p, q)
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A right path of ascending values: the two deepest nodes. Asking "is p below
                // here?" at every node on the way down is O(n) per node.
                name: "a right path, the two deepest nodes",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let n = n.max(2);
                    let sorted = distinct_sorted(n, -MAX_VALUE, MAX_VALUE, gen);
                    with_pair(Shape::path(n, Path::Right), &sorted, n - 1, n - 2)
                },
            },
            StressFamily {
                name: "a left path, the deepest node and its parent",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let n = n.max(2);
                    let sorted = distinct_sorted(n, -MAX_VALUE, MAX_VALUE, gen);
                    with_pair(Shape::path(n, Path::Left), &sorted, 0, 1)
                },
            },
            StressFamily {
                name: "a zigzag path, two nodes near the bottom",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let n = n.max(4);
                    let sorted = distinct_sorted(n, -MAX_VALUE, MAX_VALUE, gen);
                    let shape = Shape::path(n, Path::Zigzag);
                    let in_order = shape.in_order();
                    // Nodes n-1 and n-3 of the path, by their rank in the in-order.
                    let rank = |node: usize| in_order.iter().position(|&x| x == node).unwrap();
                    let (p, q) = (rank(n - 1), rank(n - 3));
                    with_pair(shape, &sorted, p, q)
                },
            },
            StressFamily {
                name: "a random tree, random pair",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let n = n.max(2);
                    let sorted = distinct_sorted(n, -MAX_VALUE, MAX_VALUE, gen);
                    let p = gen.index(n);
                    let q = (p + 1 + gen.index(n - 1)) % n;
                    with_pair(Shape::random(n, gen), &sorted, p, q)
                },
            },
            StressFamily {
                name: "a complete tree, the smallest and the largest value",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let n = n.max(2);
                    let sorted = distinct_sorted(n, -MAX_VALUE, MAX_VALUE, gen);
                    with_pair(Shape::complete(n), &sorted, 0, n - 1)
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let values: Vec<i32> = input.root.iter().flatten().copied().collect();
        constraint::length("the tree's nodes", values.len(), 2..=MAX_NODES)?;
        constraint::each_within("Node.val", &values, -MAX_VALUE..=MAX_VALUE)?;
        let tree = nodes::tree(&input.root);
        if nodes::level_order(&tree) != input.root {
            nodes::drop_tree(tree);
            return Err("root is not a tree in LeetCode's level order".into());
        }
        // In-order, iteratively: strictly ascending means a BST with distinct values.
        let (mut stack, mut node, mut previous) = (Vec::new(), tree.clone(), None::<i32>);
        let mut ordered = Ok(());
        while node.is_some() || !stack.is_empty() {
            while let Some(current) = node {
                node = current.borrow().left.clone();
                stack.push(current);
            }
            let current = stack.pop().expect("loop condition");
            let val = current.borrow().val;
            if previous.is_some_and(|p| p >= val) {
                ordered = Err(format!(
                    "root is not a binary search tree of distinct values: {val} comes after {} in order",
                    previous.unwrap()
                ));
                break;
            }
            previous = Some(val);
            node = current.borrow().right.clone();
        }
        nodes::drop_tree(tree);
        ordered?;
        if input.p == input.q {
            return Err(format!("p and q are both {}; they must differ", input.p));
        }
        for (name, v) in [("p", input.p), ("q", input.q)] {
            if !values.contains(&v) {
                return Err(format!("{name} = {v} is not a value of the tree"));
            }
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Option<i32>, got: &Option<i32>) -> Checked {
        check::exact(expected, got)
    }
}

/// The harness's entry point: the glue builds the learner's tree, hands over its own nodes for
/// `p` and `q`, and answers with the value of the node returned, once checked to be the tree's.
pub fn judge(solve: fn(Vec<Option<i32>>, i32, i32) -> Option<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root, input.p, input.q))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples() {
        let root = vec![
            Some(6),
            Some(2),
            Some(8),
            Some(0),
            Some(4),
            Some(7),
            Some(9),
            None,
            None,
            Some(3),
            Some(5),
        ];
        assert_eq!(reference(root.clone(), 2, 8), Some(6));
        assert_eq!(reference(root.clone(), 2, 4), Some(2));
        assert_eq!(reference(vec![Some(2), Some(1)], 2, 1), Some(2));
        let input = Input { root, p: 3, q: 5 };
        assert_eq!(Problem::oracle(input), Some(4));
    }
}

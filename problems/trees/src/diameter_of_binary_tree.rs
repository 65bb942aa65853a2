//! Diameter of Binary Tree (LeetCode 543). Target: O(n) time, O(h) extra space: one post-order
//! walk that returns each subtree's height and, on the way, tries the longest path that bends at
//! each node (left height + right height, in edges). The reference lists the nodes breadth first
//! and computes the heights in reverse order, so nothing recurses in the judge.

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

/// LeetCode's method: the nodes listed parents first, then, children before parents, each
/// node's height in nodes (1 + the taller child) and the path bending there (the two heights).
pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
    // `children[i]`: the positions in `order` of node i's children.
    let mut order: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
    let mut children: Vec<[Option<usize>; 2]> = vec![[None, None]; order.len()];
    let mut i = 0;
    while i < order.len() {
        let (left, right) = {
            let node = order[i].borrow();
            (node.left.clone(), node.right.clone())
        };
        for (side, child) in [left, right].into_iter().enumerate() {
            if let Some(child) = child {
                children[i][side] = Some(order.len());
                order.push(child);
                children.push([None, None]);
            }
        }
        i += 1;
    }
    let mut height = vec![0i32; order.len()];
    let mut best = 0;
    for i in (0..order.len()).rev() {
        let [left, right] = children[i].map(|child| child.map_or(0, |c| height[c]));
        best = best.max(left + right);
        height[i] = 1 + left.max(right);
    }
    best
}

/// The reference as the judge calls it: the tree built from its level order, measured, and freed
/// node by node (the learner's code pays the same building in the glue).
pub fn reference(root: Vec<Option<i32>>) -> i32 {
    let tree = nodes::tree(&root);
    let diameter = diameter_of_binary_tree(tree.clone());
    nodes::drop_tree(tree);
    diameter
}

const MAX_NODES: usize = 10_000;
const MAX_VALUE: i32 = 100;

fn family(shape: Shape, gen: &mut Gen) -> Input {
    Input {
        root: shape.with_values(&gen.ints(shape.len(), -MAX_VALUE, MAX_VALUE)),
    }
}

/// A root with a leaf as its right child and, as its left child, a node that carries two long
/// arms (a left path and a right path): from n = 7 on, the longest path (n - 3 edges) bends below
/// the root, and the longest one through the root is about half as long.
fn v_below_root(n: usize) -> Shape {
    if n < 4 {
        return Shape::path(n, Path::Left);
    }
    let mut children = vec![[None, None]; n];
    // Node 0 the root, 1 its left child (the bend), 2 its right child (a leaf).
    children[0] = [Some(1), Some(2)];
    let arms = n - 3;
    let left_arm = arms.div_ceil(2);
    let mut previous = 1;
    for node in 3..3 + left_arm {
        children[previous][0] = Some(node);
        previous = node;
    }
    previous = 1;
    for node in 3 + left_arm..n {
        children[previous][1] = Some(node);
        previous = node;
    }
    Shape { children }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> i32 {
        reference(input.root)
    }

    fn oracle(input: Input) -> i32 {
        // Without heights: the tree as an undirected graph, a breadth-first search from every
        // node, the longest distance found.
        let (shape, _) = Shape::parse(&input.root);
        let n = shape.len();
        let mut neighbours = vec![Vec::new(); n];
        for (parent, children) in shape.children.iter().enumerate() {
            for &child in children.iter().flatten() {
                neighbours[parent].push(child);
                neighbours[child].push(parent);
            }
        }
        let mut longest = 0;
        for start in 0..n {
            let mut distance = vec![usize::MAX; n];
            distance[start] = 0;
            let mut queue = VecDeque::from([start]);
            while let Some(node) = queue.pop_front() {
                longest = longest.max(distance[node]);
                for &next in &neighbours[node] {
                    if distance[next] == usize::MAX {
                        distance[next] = distance[node] + 1;
                        queue.push_back(next);
                    }
                }
            }
        }
        longest as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            crate::trees(-3, 3, 12),
            crate::trees(-MAX_VALUE, MAX_VALUE, 150),
        ]
        .prop_map(|root| Input {
            // At least one node.
            root: if root.is_empty() { vec![Some(0)] } else { root },
        })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Depth n: a height recomputed at every node costs O(n²) here.
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
                // The longest path bends below the root: a path through the root is half as long.
                name: "two long arms below the root's left child",
                max_n: MAX_NODES,
                generate: |n, gen| family(v_below_root(n), gen),
            },
            StressFamily {
                name: "a complete tree",
                max_n: MAX_NODES,
                generate: |n, gen| family(Shape::complete(n), gen),
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
        constraint::length("the tree's nodes", values.len(), 1..=MAX_NODES)?;
        constraint::each_within("Node.val", &values, -MAX_VALUE..=MAX_VALUE)
    }
}

/// The harness's entry point: the glue builds the learner's tree and calls
/// `diameter_of_binary_tree` on it.
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
            reference(t(&[Some(1), Some(2), Some(3), Some(4), Some(5)])),
            3
        );
        assert_eq!(reference(t(&[Some(1), Some(2)])), 1);
        assert_eq!(reference(t(&[Some(1)])), 0);
    }

    #[test]
    fn the_longest_path_may_bend_below_the_root() {
        for n in [7, 8, 10, 101] {
            let order = v_below_root(n).with_values(&vec![0; n]);
            let expected = Problem::oracle(Input {
                root: order.clone(),
            });
            assert_eq!(expected, n as i32 - 3, "n = {n}");
            assert_eq!(reference(order), expected);
        }
    }

    #[test]
    fn deep_paths_are_measured_without_recursion() {
        let n = 100_000;
        for path in [Path::Left, Path::Zigzag] {
            let order = Shape::path(n, path).with_values(&vec![1; n]);
            assert_eq!(reference(order), n as i32 - 1);
        }
        assert_eq!(
            reference(v_below_root(n).with_values(&vec![1; n])),
            n as i32 - 3
        );
    }
}

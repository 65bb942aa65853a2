//! Binary Tree Maximum Path Sum (LeetCode 124). Target: O(n) time, O(n) space: each node's best
//! downward gain (its value plus the better of its children's gains, a negative gain counted as
//! 0) is computed children first; the best path bends at some node, worth its value plus both
//! children's clamped gains. The nodes are put in an order where every child comes after its
//! parent (an explicit stack), then read backwards: no recursion on a 3 * 10^4-deep path.

use crate::{shape, shaped_trees, trees, validate_tree, Shape};
use judge_engine::nodes::Tree;
use judge_engine::prelude::*;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method, bottom-up over an explicit order of the nodes.
pub fn max_path_sum(root: Tree) -> i32 {
    // (value, parent's index and side) of each node, parents before children.
    let mut order: Vec<(i32, Option<(usize, usize)>)> = Vec::new();
    let mut stack: Vec<_> = root.into_iter().map(|node| (node, None)).collect();
    while let Some((node, parent)) = stack.pop() {
        let index = order.len();
        let node = node.borrow();
        order.push((node.val, parent));
        stack.extend(node.left.clone().map(|child| (child, Some((index, 0)))));
        stack.extend(node.right.clone().map(|child| (child, Some((index, 1)))));
    }
    // The clamped gains of each node's two children, filled in as the children are met.
    let mut gains = vec![[0i32; 2]; order.len()];
    let mut best = i32::MIN;
    for (index, &(value, parent)) in order.iter().enumerate().rev() {
        let [left, right] = gains[index];
        best = best.max(value + left + right);
        if let Some((parent, side)) = parent {
            gains[parent][side] = (value + left.max(right)).max(0);
        }
    }
    best
}

/// The reference as the judge calls it: the tree built from its level order, searched, and freed
/// node by node (the learner's code pays the same in the solution binary's glue).
pub fn reference(root: Vec<Option<i32>>) -> i32 {
    let tree = nodes::tree(&root);
    let best = max_path_sum(tree.as_ref().map(Rc::clone));
    nodes::drop_tree(tree);
    best
}

const MAX_NODES: usize = 30_000;
const MAX_VALUE: i32 = 1000;

/// A tree of `n` nodes of the shape `kind` (see [`crate::shape`]) with values in `low..=high`.
fn shaped(kind: usize, n: usize, low: i32, high: i32, gen: &mut Gen) -> Input {
    let shape = shape(kind, n, gen);
    Input {
        root: shape.with_values(&gen.ints(n, low, high)),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> i32 {
        reference(input.root)
    }

    /// On the arena. Small trees: every pair of nodes (a node with itself too), the sum of the
    /// path between them found by climbing from the deeper one to their lowest common ancestor.
    /// Stress sizes (where that is cubic): the arena numbers nodes in level order, so read
    /// backwards it meets children before parents; each node's best downward sum is its value
    /// plus the best of nothing and its children's.
    fn oracle(input: Input) -> i32 {
        let (shape, values): (Shape, Vec<i32>) = Shape::parse(&input.root);
        let n = shape.len();
        if n > 60 {
            let mut down = vec![0i32; n];
            let mut best = i32::MIN;
            for node in (0..n).rev() {
                let gains: Vec<i32> = shape.children[node]
                    .iter()
                    .flatten()
                    .map(|&child| down[child].max(0))
                    .collect();
                best = best.max(values[node] + gains.iter().sum::<i32>());
                down[node] = values[node] + gains.into_iter().max().unwrap_or(0);
            }
            return best;
        }
        let (mut parent, mut depth) = (vec![usize::MAX; n], vec![0usize; n]);
        // A parent comes before its children in the arena.
        for node in 0..n {
            for child in shape.children[node].iter().flatten() {
                parent[*child] = node;
                depth[*child] = depth[node] + 1;
            }
        }
        let mut best = i32::MIN;
        for a in 0..n {
            for b in a..n {
                let (mut u, mut v) = (a, b);
                let mut sum = 0;
                while u != v {
                    if depth[u] >= depth[v] {
                        sum += values[u];
                        u = parent[u];
                    } else {
                        sum += values[v];
                        v = parent[v];
                    }
                }
                best = best.max(sum + values[u]);
            }
        }
        best
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            trees(-MAX_VALUE, MAX_VALUE, 40),
            trees(-5, 5, 15),
            trees(-MAX_VALUE, -1, 20),
            shaped_trees(-MAX_VALUE, MAX_VALUE, 40),
            shaped_trees(-3, 2, 40),
        ]
        .prop_filter("the tree has at least one node", |root| !root.is_empty())
        .prop_map(|root| Input { root })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Recomputing a child's best downward path from scratch at every node is O(n * height):
        // 4.5 * 10^8 node visits on the paths.
        vec![
            StressFamily {
                name: "a path of left children, all values negative",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(0, n, -MAX_VALUE, -1, gen),
            },
            StressFamily {
                name: "a path of right children, all values 1000 (the largest sum)",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(1, n, MAX_VALUE, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a zigzag path, random values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(2, n, -MAX_VALUE, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a path turning at random, mostly positive values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(3, n, -300, MAX_VALUE, gen),
            },
            StressFamily {
                name: "the complete tree, random values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(4, n, -MAX_VALUE, MAX_VALUE, gen),
            },
            StressFamily {
                name: "a random tree, all values -1000",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(5, n, -MAX_VALUE, -MAX_VALUE, gen),
            },
            StressFamily {
                name: "a random tree, random values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(5, n, -MAX_VALUE, MAX_VALUE, gen),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        validate_tree("root", &input.root, 1..=MAX_NODES, -MAX_VALUE..=MAX_VALUE).map(|_| ())
    }
}

/// The harness's entry point: the glue builds the learner's tree from the level order.
pub fn judge(solve: fn(Vec<Option<i32>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_stress_answers() {
        let x = Some;
        assert_eq!(reference(vec![x(1), x(2), x(3)]), 6);
        assert_eq!(
            reference(vec![x(-10), x(9), x(20), None, None, x(15), x(7)]),
            42
        );
        assert_eq!(reference(vec![x(-3)]), -3);
        assert_eq!(reference(vec![x(2), x(-1)]), 2);
        let stress = Problem::stress();
        let mut gen = Gen::new(8);
        let right = (stress[1].generate)(MAX_NODES, &mut gen);
        assert_eq!(reference(right.root), 30_000_000);
        let negative = (stress[5].generate)(MAX_NODES, &mut gen);
        assert_eq!(reference(negative.root), -MAX_VALUE);
        for family in &stress {
            // 60 nodes: the pairs; 300 and the largest size: the backward pass over the arena.
            for n in [60, 300, MAX_NODES] {
                let input = (family.generate)(n, &mut gen);
                assert_eq!(reference(input.root.clone()), Problem::oracle(input));
            }
        }
    }
}

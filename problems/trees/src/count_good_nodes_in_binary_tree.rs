//! Count Good Nodes in Binary Tree (LeetCode 1448). Target: O(n) time, O(h) space: a depth-first
//! walk carrying the largest value on the path from the root down; a node is good when it is at
//! least that large. An explicit stack, so that a 10^5-deep path does not recurse.

use crate::{shape, shaped_trees, trees, validate_tree, Shape};
use judge_engine::nodes::Tree;
use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method: each node on the stack with the largest value above it on its path.
pub fn good_nodes(root: Tree) -> i32 {
    let mut good = 0;
    let mut stack: Vec<_> = root.into_iter().map(|node| (node, i32::MIN)).collect();
    while let Some((node, above)) = stack.pop() {
        let node = node.borrow();
        if node.val >= above {
            good += 1;
        }
        let largest = above.max(node.val);
        stack.extend(node.left.clone().map(|child| (child, largest)));
        stack.extend(node.right.clone().map(|child| (child, largest)));
    }
    good
}

/// The reference as the judge calls it: the tree built from its level order, counted, and freed
/// node by node (the learner's code pays the same in the solution binary's glue).
pub fn reference(root: Vec<Option<i32>>) -> i32 {
    let tree = nodes::tree(&root);
    let good = good_nodes(tree.clone());
    nodes::drop_tree(tree);
    good
}

const MAX_NODES: usize = 100_000;
const MAX_VALUE: i32 = 10_000;

/// A tree of `n` nodes of the shape `kind` (see [`crate::shape`]) with random values.
fn shaped(kind: usize, n: usize, gen: &mut Gen) -> Input {
    let shape = shape(kind, n, gen);
    Input {
        root: shape.with_values(&gen.ints(n, -MAX_VALUE, MAX_VALUE)),
    }
}

/// The values of a path's nodes from the root down, as `value(depth)`, written into its shape.
fn path_with(kind: usize, n: usize, gen: &mut Gen, value: fn(usize) -> i32) -> Input {
    let shape = shape(kind, n, gen);
    // A path's node i is at depth i.
    let values: Vec<i32> = (0..n).map(value).collect();
    Input {
        root: shape.with_values(&values),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> i32 {
        reference(input.root)
    }

    /// On the arena. Small trees: each node's parent, then for each node a walk up to the root
    /// comparing its value with every ancestor's. Stress sizes (where that is O(n * height)):
    /// the arena numbers nodes in level order, so a parent is met before its children, and each
    /// child gets the largest value above it from its parent's.
    fn oracle(input: Input) -> i32 {
        let (shape, values): (Shape, Vec<i32>) = Shape::parse(&input.root);
        let mut parent = vec![None; shape.len()];
        for (node, children) in shape.children.iter().enumerate() {
            for child in children.iter().flatten() {
                parent[*child] = Some(node);
            }
        }
        if shape.len() > 200 {
            let mut above = vec![i32::MIN; shape.len()];
            for node in 1..shape.len() {
                let up = parent[node].expect("every node but the root has a parent");
                above[node] = above[up].max(values[up]);
            }
            return (0..shape.len())
                .filter(|&node| values[node] >= above[node])
                .count() as i32;
        }
        (0..shape.len())
            .filter(|&node| {
                let mut above = parent[node];
                while let Some(ancestor) = above {
                    if values[ancestor] > values[node] {
                        return false;
                    }
                    above = parent[ancestor];
                }
                true
            })
            .count() as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            trees(-MAX_VALUE, MAX_VALUE, 60),
            trees(-3, 3, 15),
            shaped_trees(-3, 3, 40),
            shaped_trees(-MAX_VALUE, MAX_VALUE, 60),
        ]
        .prop_filter("the tree has at least one node", |root| !root.is_empty())
        .prop_map(|root| Input { root })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Walking each node's path from the root again (a parent chain, or the list of the
        // values above it) is O(n * height): 5 * 10^9 steps on the paths.
        vec![
            StressFamily {
                name: "a path of left children, values rising (every node is good)",
                max_n: MAX_NODES,
                generate: |n, gen| path_with(0, n, gen, |depth| -MAX_VALUE + (depth / 5) as i32),
            },
            StressFamily {
                name: "a path of right children, values falling (only the root is good)",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    path_with(1, n, gen, |depth| match depth {
                        0 => MAX_VALUE,
                        _ => MAX_VALUE - 1 - ((depth - 1) / 5) as i32,
                    })
                },
            },
            StressFamily {
                name: "a zigzag path, all values equal",
                max_n: MAX_NODES,
                generate: |n, gen| path_with(2, n, gen, |_| -7),
            },
            StressFamily {
                name: "a path turning at random, random values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(3, n, gen),
            },
            StressFamily {
                name: "the complete tree, random values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(4, n, gen),
            },
            StressFamily {
                name: "a random tree, random values",
                max_n: MAX_NODES,
                generate: |n, gen| shaped(5, n, gen),
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
    fn examples_and_stress_shapes() {
        let x = Some;
        assert_eq!(reference(vec![x(3), x(1), x(4), x(3), None, x(1), x(5)]), 4);
        assert_eq!(reference(vec![x(3), x(3), None, x(4), x(2)]), 3);
        assert_eq!(reference(vec![x(1)]), 1);
        let stress = Problem::stress();
        let mut gen = Gen::new(1);
        let count = |i: usize, gen: &mut Gen| reference((stress[i].generate)(1000, gen).root);
        assert_eq!(count(0, &mut gen), 1000);
        assert_eq!(count(1, &mut gen), 1);
        assert_eq!(count(2, &mut gen), 1000);
        for family in &stress {
            // 200 nodes: the walks up; more: the pass over the arena.
            for n in [200, 2000, MAX_NODES] {
                let input = (family.generate)(n, &mut gen);
                assert_eq!(reference(input.root.clone()), Problem::oracle(input));
            }
        }
    }
}

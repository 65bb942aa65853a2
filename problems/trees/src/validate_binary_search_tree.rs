//! Validate Binary Search Tree (LeetCode 98). Target: O(n) time, O(h) space: an in-order walk
//! (explicit stack) meets the values in ascending order exactly when the tree is a binary search
//! tree, so each value must be strictly greater than the one before it. No sentinel value is
//! needed: a node may hold `i32::MIN` or `i32::MAX`.

use crate::{distinct_sorted, shape, trees, validate_tree, Path, Shape};
use judge_engine::nodes::Tree;
use judge_engine::prelude::*;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
}

pub struct Problem;

/// LeetCode's method: the in-order walk with an explicit stack, comparing each value with the
/// previous one (`None` before the first).
pub fn is_valid_bst(root: Tree) -> bool {
    let mut stack = Vec::new();
    let mut node = root;
    let mut previous: Option<i32> = None;
    while node.is_some() || !stack.is_empty() {
        while let Some(current) = node {
            node = current.borrow().left.clone();
            stack.push(current);
        }
        let current = stack
            .pop()
            .expect("the loop runs while the stack holds a node");
        let current = current.borrow();
        if previous.is_some_and(|previous| previous >= current.val) {
            return false;
        }
        previous = Some(current.val);
        node = current.right.clone();
    }
    true
}

/// The reference as the judge calls it: the tree built from its level order, checked, and freed
/// node by node (the learner's code pays the same in the solution binary's glue).
pub fn reference(root: Vec<Option<i32>>) -> bool {
    let tree = nodes::tree(&root);
    let valid = is_valid_bst(tree.as_ref().map(Rc::clone));
    nodes::drop_tree(tree);
    valid
}

const MAX_NODES: usize = 10_000;

/// The values of a search tree of shape `shape` holding `sorted` (ascending), node by node.
fn in_order_values(shape: &Shape, sorted: &[i32]) -> Vec<i32> {
    let mut values = vec![0; shape.len()];
    for (&node, &value) in shape.in_order().iter().zip(sorted) {
        values[node] = value;
    }
    values
}

/// `sorted` with its ends moved to `i32::MIN` and `i32::MAX` (still ascending and distinct).
fn with_extremes(mut sorted: Vec<i32>) -> Vec<i32> {
    let n = sorted.len();
    if n > 0 {
        sorted[0] = i32::MIN;
    }
    if n > 1 {
        sorted[n - 1] = i32::MAX;
    }
    sorted
}

/// A search tree of `n` nodes of the shape `kind` (see [`crate::shape`]) whose values spread over
/// all of i32, `i32::MIN` and `i32::MAX` included.
fn extreme(kind: usize, n: usize, gen: &mut Gen) -> Input {
    let shape = shape(kind, n, gen);
    let sorted = with_extremes(distinct_sorted(n, i32::MIN, i32::MAX, gen));
    Input {
        root: shape.with_values(&in_order_values(&shape, &sorted)),
    }
}

/// A zigzag search tree whose deepest node is moved just outside its grandparent's bound: still
/// on the right side of its parent, so only a check against every ancestor sees it.
fn zigzag_out_of_range(n: usize, gen: &mut Gen) -> Input {
    let n = n.max(3);
    let shape = Shape::path(n, Path::Zigzag);
    let sorted = distinct_sorted(n, -1_000_000_000, 1_000_000_000, gen);
    let mut values = in_order_values(&shape, &sorted);
    // Node i has its child on the left when i is even: the leaf n - 1 is a left child when n - 2
    // is even, and then its parent is a right child, so its grandparent is its lower bound.
    let grandparent = values[n - 3];
    values[n - 1] = if (n - 2).is_multiple_of(2) {
        grandparent - 1
    } else {
        grandparent + 1
    };
    Input {
        root: shape.with_values(&values),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["root"];

    fn reference(input: Input) -> bool {
        reference(input.root)
    }

    /// On the arena: every (ancestor, descendant) pair checked directly, the descendant smaller
    /// than the ancestor when it lies under its left child and greater under its right child
    /// (O(n * height), fine at the strategy's sizes).
    fn oracle(input: Input) -> bool {
        let (shape, values) = Shape::parse(&input.root);
        let mut parent = vec![None; shape.len()];
        for (node, children) in shape.children.iter().enumerate() {
            for (side, child) in children.iter().enumerate() {
                if let Some(child) = child {
                    parent[*child] = Some((node, side));
                }
            }
        }
        (0..shape.len()).all(|node| {
            let mut above = parent[node];
            while let Some((ancestor, side)) = above {
                let ordered = if side == 0 {
                    values[node] < values[ancestor]
                } else {
                    values[node] > values[ancestor]
                };
                if !ordered {
                    return false;
                }
                above = parent[ancestor];
            }
            true
        })
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Search trees (valid), the same with one value changed (mostly invalid: a duplicate, or
        // a value out of an ancestor's range), and trees of small values at random.
        let searched = (
            1..=40usize,
            0..6usize,
            prop_oneof![Just(20), Just(1_000_000)],
            any::<bool>(),
            0..3u8,
            any::<u64>(),
        )
            .prop_map(|(n, kind, span, extremes, change, seed)| {
                let mut gen = Gen::new(seed);
                let n = n.min(2 * span as usize);
                let shape = shape(kind, n, &mut gen);
                let mut sorted = distinct_sorted(n, -span, span, &mut gen);
                if extremes {
                    sorted = with_extremes(sorted);
                }
                let mut values = in_order_values(&shape, &sorted);
                let at = gen.index(n);
                match change {
                    // Another node's value: a duplicate.
                    1 if n > 1 => values[at] = values[gen.index(n)],
                    // A value anywhere in the range.
                    2 => values[at] = gen.int(i64::from(-span), i64::from(span)) as i32,
                    _ => {}
                }
                shape.with_values(&values)
            });
        prop_oneof![
            2 => searched,
            1 => trees(-3, 3, 10).prop_filter("at least one node", |root| !root.is_empty()),
        ]
        .prop_map(|root| Input { root })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Valid search trees walk every node: scanning each node's subtree for its smallest and
        // largest values is O(n * height), 5 * 10^7 node visits on the paths.
        vec![
            StressFamily {
                name: "a left path, values falling to i32::MIN (valid)",
                max_n: MAX_NODES,
                generate: |n, gen| extreme(0, n, gen),
            },
            StressFamily {
                name: "a right path, values rising to i32::MAX (valid)",
                max_n: MAX_NODES,
                generate: |n, gen| extreme(1, n, gen),
            },
            StressFamily {
                name: "a zigzag search tree (valid)",
                max_n: MAX_NODES,
                generate: |n, gen| extreme(2, n, gen),
            },
            StressFamily {
                name: "a zigzag search tree, the deepest node out of its grandparent's range",
                max_n: MAX_NODES,
                generate: zigzag_out_of_range,
            },
            StressFamily {
                name: "the complete search tree holding i32::MIN and i32::MAX (valid)",
                max_n: MAX_NODES,
                generate: |n, gen| extreme(4, n, gen),
            },
            StressFamily {
                name: "a random search tree (valid)",
                max_n: MAX_NODES,
                generate: |n, gen| extreme(5, n, gen),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        validate_tree("root", &input.root, 1..=MAX_NODES, i32::MIN..=i32::MAX).map(|_| ())
    }
}

/// The harness's entry point: the glue builds the learner's tree from the level order.
pub fn judge(solve: fn(Vec<Option<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_extremes_and_stress_answers() {
        let x = Some;
        assert!(reference(vec![x(2), x(1), x(3)]));
        assert!(!reference(vec![x(5), x(1), x(4), None, None, x(3), x(6)]));
        assert!(reference(vec![x(i32::MAX)]));
        assert!(reference(vec![x(i32::MIN), None, x(i32::MAX)]));
        assert!(!reference(vec![x(i32::MAX), x(i32::MAX)]));
        assert!(!reference(vec![x(5), x(4), x(6), None, None, x(3), x(7)]));
        let mut gen = Gen::new(2);
        for (i, family) in Problem::stress().iter().enumerate() {
            for n in [3, 4, 1000, 1001] {
                let input = (family.generate)(n, &mut gen);
                assert_eq!(reference(input.root.clone()), i != 3, "{}", family.name);
                assert_eq!(reference(input.root.clone()), Problem::oracle(input));
            }
        }
        // The strategy makes both answers often.
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let strategy = Problem::strategy();
        let valid = (0..300)
            .filter(|_| {
                use proptest::strategy::ValueTree;
                reference(strategy.new_tree(&mut runner).unwrap().current().root)
            })
            .count();
        assert!((60..=240).contains(&valid), "{valid} of 300 valid");
    }
}

//! Kth Smallest Element in a BST (LeetCode 230). Target: O(h + k) time, O(h) space: an in-order
//! walk (explicit stack) meets the values in ascending order; stop at the k-th.

use crate::{distinct_sorted, shape, validate_tree, Shape};
use judge_engine::nodes::Tree;
use judge_engine::prelude::*;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub root: Vec<Option<i32>>,
    pub k: i32,
}

pub struct Problem;

/// LeetCode's method: the in-order walk with an explicit stack, counting down from k.
pub fn kth_smallest(root: Tree, k: i32) -> i32 {
    let mut stack = Vec::new();
    let mut node = root;
    let mut left = k;
    while node.is_some() || !stack.is_empty() {
        while let Some(current) = node {
            node = current.borrow().left.clone();
            stack.push(current);
        }
        let current = stack
            .pop()
            .expect("the loop runs while the stack holds a node");
        let current = current.borrow();
        left -= 1;
        if left == 0 {
            return current.val;
        }
        node = current.right.clone();
    }
    panic!("k = {k} is more than the tree's number of nodes")
}

/// The reference as the judge calls it: the tree built from its level order, searched, and freed
/// node by node (the learner's code pays the same in the solution binary's glue).
pub fn reference(root: Vec<Option<i32>>, k: i32) -> i32 {
    let tree = nodes::tree(&root);
    let kth = kth_smallest(tree.as_ref().map(Rc::clone), k);
    nodes::drop_tree(tree);
    kth
}

const MAX_NODES: usize = 10_000;
const MAX_VALUE: i32 = 10_000;

/// A search tree of `n` nodes of the shape `kind` (see [`crate::shape`]) with distinct values in
/// `0..=high`, and `k` from `k(n, gen)`.
fn search_tree(
    kind: usize,
    n: usize,
    high: i32,
    gen: &mut Gen,
    k: fn(usize, &mut Gen) -> usize,
) -> Input {
    let shape = shape(kind, n, gen);
    let sorted = distinct_sorted(n, 0, high, gen);
    Input {
        root: shape.as_bst(&sorted),
        k: k(n, gen) as i32,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["root", "k"];

    fn reference(input: Input) -> i32 {
        reference(input.root, input.k)
    }

    /// Without walking the tree: all the values, sorted, and the k-th of them.
    fn oracle(input: Input) -> i32 {
        let mut values: Vec<i32> = input.root.iter().flatten().copied().collect();
        values.sort_unstable();
        values[input.k as usize - 1]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Search trees of every shape; few values to choose from (0..=n + 5) or many.
        (1..=40usize, 0..6usize, any::<bool>(), any::<u64>())
            .prop_map(|(n, kind, dense, seed)| {
                let mut gen = Gen::new(seed);
                let high = if dense { n as i32 + 5 } else { MAX_VALUE };
                search_tree(kind, n, high, &mut gen, |n, gen| 1 + gen.index(n))
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Taking the smallest value out of a list k times is O(n * k): 5 * 10^7 steps at k = n.
        vec![
            StressFamily {
                name: "a left path (the smallest value deepest), k = n",
                max_n: MAX_NODES,
                generate: |n, gen| search_tree(0, n, MAX_VALUE, gen, |n, _| n),
            },
            StressFamily {
                name: "a left path, k = n / 2",
                max_n: MAX_NODES,
                generate: |n, gen| search_tree(0, n, MAX_VALUE, gen, |n, _| n.div_ceil(2)),
            },
            StressFamily {
                name: "a right path (the smallest value at the root), k = n",
                max_n: MAX_NODES,
                generate: |n, gen| search_tree(1, n, MAX_VALUE, gen, |n, _| n),
            },
            StressFamily {
                name: "a zigzag search tree, k = n - 1",
                max_n: MAX_NODES,
                generate: |n, gen| search_tree(2, n, MAX_VALUE, gen, |n, _| (n - 1).max(1)),
            },
            StressFamily {
                name: "the complete search tree, k = n",
                max_n: MAX_NODES,
                generate: |n, gen| search_tree(4, n, MAX_VALUE, gen, |n, _| n),
            },
            StressFamily {
                name: "a random search tree, random k",
                max_n: MAX_NODES,
                generate: |n, gen| search_tree(5, n, MAX_VALUE, gen, |n, gen| 1 + gen.index(n)),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let values = validate_tree("root", &input.root, 1..=MAX_NODES, 0..=MAX_VALUE)?;
        let n = values.len();
        if input.k < 1 || input.k as usize > n {
            return Err(format!(
                "k = {} is not in 1..={n} (the number of nodes)",
                input.k
            ));
        }
        let (shape, values): (Shape, Vec<i32>) = Shape::parse(&input.root);
        let in_order = shape.in_order();
        match in_order
            .windows(2)
            .find(|pair| values[pair[0]] >= values[pair[1]])
        {
            None => Ok(()),
            Some(pair) => Err(format!(
                "root is not a binary search tree: in order, {} comes before {}",
                values[pair[0]], values[pair[1]]
            )),
        }
    }
}

/// The harness's entry point: the glue builds the learner's tree from the level order.
pub fn judge(solve: fn(Vec<Option<i32>>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.root, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_stress_answers() {
        let x = Some;
        assert_eq!(reference(vec![x(3), x(1), x(4), None, x(2)], 1), 1);
        let second = vec![x(5), x(3), x(6), x(2), x(4), None, None, x(1)];
        assert_eq!(reference(second.clone(), 3), 3);
        assert_eq!(reference(second, 6), 6);
        let not_ordered = Input {
            root: vec![x(2), x(3)],
            k: 1,
        };
        assert!(Problem::validate(&not_ordered).is_err());
        let mut gen = Gen::new(4);
        for family in Problem::stress() {
            for n in [1, 2, 3, 1000] {
                let input = (family.generate)(n, &mut gen);
                assert_eq!(
                    reference(input.root.clone(), input.k),
                    Problem::oracle(input)
                );
            }
        }
    }
}

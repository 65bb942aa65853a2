//! Copy List with Random Pointer (LeetCode 138). Target: O(n) time: a map from each original node
//! to its copy (O(n) extra), or the copies woven in after their originals and split out again
//! (O(1) extra).
//!
//! LeetCode has no Rust template for this problem, so the judge gives it its own: `Node`, a list
//! node held by `Rc<RefCell<..>>` with `next` and `random`. Lists are written as LeetCode writes
//! them, `[[val, random_index], ...]`. The judge checks that the original is left as it was and
//! that the copy shares no node with it, and unlinks both afterwards (random pointers make cycles
//! of `Rc`s that would otherwise never be freed).

use judge_engine::nodes::shared::{self, Random};
use judge_engine::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub head: Entries,
}

pub struct Problem;

/// A list in LeetCode's form: each node's value and the index its random pointer points to.
pub type Entries = Vec<(i32, Option<i32>)>;

/// The method, with the judge's signature: a map from each original node (by address) to its copy,
/// filled in a first pass, wired in a second.
pub fn copy_random_list(head: Random) -> Random {
    let mut copies: HashMap<*const RefCell<Node>, Rc<RefCell<Node>>> = HashMap::new();
    let mut order = Vec::new();
    let mut cursor = head;
    while let Some(node) = cursor {
        let copy = Rc::new(RefCell::new(Node::new(node.borrow().val)));
        copies.insert(Rc::as_ptr(&node), Rc::clone(&copy));
        order.push((Rc::clone(&node), copy));
        cursor = node.borrow().next.clone();
    }
    let copy_of = |link: &Random| link.as_ref().map(|n| Rc::clone(&copies[&Rc::as_ptr(n)]));
    for (original, copy) in &order {
        let original = original.borrow();
        let mut copy = copy.borrow_mut();
        copy.next = copy_of(&original.next);
        copy.random = copy_of(&original.random);
    }
    order.first().map(|(_, copy)| Rc::clone(copy))
}

/// The reference as the judge calls it: the list built, copied, checked and read back, both lists
/// unlinked afterwards (the learner's code pays the same in the solution binary's glue).
pub fn reference(head: Entries) -> Entries {
    let (list, keep) = shared::random_list(head);
    shared::copied(copy_random_list(list), &keep, "copy_random_list")
}

const MAX_NODES: usize = 1000;
const MAX_VALUE: i32 = 10_000;

/// `n` nodes with values from `value` and random pointers from `random`.
fn list_of(
    n: usize,
    gen: &mut Gen,
    value: impl Fn(&mut Gen, usize) -> i32,
    random: impl Fn(&mut Gen, usize) -> Option<i32>,
) -> Input {
    Input {
        head: (0..n).map(|i| (value(gen, i), random(gen, i))).collect(),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Entries;
    const PARAMETERS: &'static [&'static str] = &["head"];

    fn reference(input: Input) -> Self::Output {
        reference(input.head)
    }

    /// A faithful copy reads exactly as the original does.
    fn oracle(input: Input) -> Self::Output {
        input.head
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct values, so a copy that finds random targets by value is caught.
        (0..=10usize, any::<u64>())
            .prop_map(|(n, seed)| {
                let mut gen = Gen::new(seed);
                list_of(
                    n,
                    &mut gen,
                    |gen, _| gen.int(-2, 2) as i32,
                    |gen, _| gen.chance(3, 4).then(|| gen.index(n) as i32),
                )
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Finding each random target's position by walking from the head is O(n^2).
                name: "the longest list, random pointers anywhere",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    list_of(
                        n,
                        gen,
                        |gen, _| gen.int(-MAX_VALUE as i64, MAX_VALUE as i64) as i32,
                        |gen, _| Some(gen.index(n) as i32),
                    )
                },
            },
            StressFamily {
                name: "every random pointer to the last node, equal values",
                max_n: MAX_NODES,
                generate: |n, gen| list_of(n, gen, |_, _| 5, |_, _| Some(n as i32 - 1)),
            },
            StressFamily {
                name: "every random pointer to its own node",
                max_n: MAX_NODES,
                generate: |n, gen| list_of(n, gen, |_, i| i as i32, |_, i| Some(i as i32)),
            },
            StressFamily {
                name: "no random pointers",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    list_of(
                        n,
                        gen,
                        |gen, _| gen.int(-MAX_VALUE as i64, MAX_VALUE as i64) as i32,
                        |_, _| None,
                    )
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("the list", input.head.len(), 0..=MAX_NODES)?;
        let values: Vec<i32> = input.head.iter().map(|&(val, _)| val).collect();
        constraint::each_within("Node.val", &values, -MAX_VALUE..=MAX_VALUE)?;
        let last = input.head.len() as i32 - 1;
        for (i, &(_, random)) in input.head.iter().enumerate() {
            if let Some(r) = random {
                if !(0..=last).contains(&r) {
                    return Err(format!(
                        "node {i}'s random_index = {r}; it is null or an index of the list, 0..={last}"
                    ));
                }
            }
        }
        Ok(())
    }
}

/// The harness's entry point: the glue builds the learner's `Node`s, calls `copy_random_list`,
/// checks the original and the copy, and answers with the copy in LeetCode's form.
pub fn judge(solve: fn(Entries) -> Entries) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.head))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_the_checks() {
        let head = vec![
            (7, None),
            (13, Some(0)),
            (11, Some(4)),
            (10, Some(2)),
            (1, Some(0)),
        ];
        assert_eq!(reference(head.clone()), head);
        assert_eq!(reference(vec![]), vec![]);
        // Handing back the original is caught.
        let (list, keep) = shared::random_list(vec![(1, Some(0))]);
        let same = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            shared::copied(list, &keep, "copy_random_list")
        }));
        assert!(same.is_err());
    }
}

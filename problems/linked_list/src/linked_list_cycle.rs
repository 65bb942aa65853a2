//! Linked List Cycle (LeetCode 141). Target: O(n) time, O(1) extra space: Floyd's slow and fast
//! cursors meet inside a cycle and the fast one falls off the end of a list without one.
//!
//! LeetCode has no Rust template for this problem (a `Box` list cannot loop back), so the judge
//! gives it its own: `SharedListNode`, a list node held by `Rc<RefCell<..>>`. The input is written
//! as LeetCode writes it, the values and `pos`, the index the last node links back to (-1 for
//! none); `pos` is not passed to the method. The judge's keeper unlinks every node after the call.

use judge_engine::nodes::shared::{self, Shared};
use judge_engine::prelude::*;
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub head: Vec<i32>,
    pub pos: i32,
}

pub struct Problem;

/// The method, with the judge's signature: Floyd's cursors, one step and two steps at a time.
pub fn has_cycle(head: Shared) -> bool {
    let (mut slow, mut fast) = (head.clone(), head);
    loop {
        let Some(step) = fast.and_then(|f| f.borrow().next.clone()) else {
            return false;
        };
        fast = step.borrow().next.clone();
        slow = slow.and_then(|s| s.borrow().next.clone());
        if let (Some(s), Some(f)) = (&slow, &fast) {
            if Rc::ptr_eq(s, f) {
                return true;
            }
        }
    }
}

/// The reference as the judge calls it: the list built with its cycle, the method called, every
/// node unlinked afterwards (the learner's code pays the same in the solution binary's glue).
pub fn reference(list: (Vec<i32>, i32)) -> bool {
    let (head, _keep) = shared::cycle_list(list);
    has_cycle(head)
}

const MAX_NODES: usize = 10_000;
const MAX_VALUE: i32 = 100_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["head", "pos"];

    fn reference(input: Input) -> bool {
        reference((input.head, input.pos))
    }

    /// Without nodes: a list loops exactly when its last node links somewhere.
    fn oracle(input: Input) -> bool {
        input.pos >= 0 && !input.head.is_empty()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct values, so a set of values seen is fooled; cycles to any node, or none.
        (prop::collection::vec(-2..=2i32, 0..=12), any::<u64>())
            .prop_map(|(head, seed)| {
                let n = head.len() as i64;
                let pos = if n == 0 {
                    -1
                } else {
                    Gen::new(seed).int(-1, n - 1) as i32
                };
                Input { head, pos }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A list of visited nodes scanned at every step is O(n^2) here.
                name: "the longest list, no cycle",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                    pos: -1,
                },
            },
            StressFamily {
                name: "the longest list, the last node links to the first",
                max_n: MAX_NODES,
                generate: |n, gen| Input {
                    head: gen.ints(n.max(1), -MAX_VALUE, MAX_VALUE),
                    pos: 0,
                },
            },
            StressFamily {
                name: "the longest list, the last node links to itself",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let n = n.max(1);
                    Input {
                        head: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                        pos: n as i32 - 1,
                    }
                },
            },
            StressFamily {
                name: "all values equal, no cycle",
                max_n: MAX_NODES,
                generate: |n, _| Input {
                    head: vec![7; n],
                    pos: -1,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("the list", input.head.len(), 0..=MAX_NODES)?;
        constraint::each_within("Node.val", &input.head, -MAX_VALUE..=MAX_VALUE)?;
        let last = input.head.len() as i32 - 1;
        if input.pos != -1 && !(0..=last).contains(&input.pos) {
            return Err(format!(
                "pos = {}; it is -1 (no cycle) or an index of the list, 0..={last}",
                input.pos
            ));
        }
        Ok(())
    }
}

/// The harness's entry point: the glue builds the learner's `SharedListNode`s with the cycle,
/// calls `has_cycle`, and unlinks every node afterwards.
pub fn judge(solve: fn((Vec<i32>, i32)) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve((input.head, input.pos)))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples() {
        assert!(reference((vec![3, 2, 0, -4], 1)));
        assert!(reference((vec![1, 2], 0)));
        assert!(!reference((vec![1], -1)));
        assert!(!reference((vec![], -1)));
        assert!(reference((vec![1], 0)));
    }
}

//! Merge k Sorted Lists (LeetCode 23). Target: O(N log k) for N nodes in all: a min-heap of the k
//! heads (or merging in pairs, divide and conquer).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub lists: Vec<Vec<i32>>,
}

pub struct Problem;

/// LeetCode's method: the heads in a min-heap keyed by value (and list index, so that equal values
/// need no comparison of nodes); the smallest moves to the answer's tail and its successor enters.
pub fn merge_k_lists(mut lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
    let mut heap: BinaryHeap<Reverse<(i32, usize)>> = lists
        .iter()
        .enumerate()
        .filter_map(|(i, head)| head.as_ref().map(|node| Reverse((node.val, i))))
        .collect();
    let mut merged = None;
    let mut tail = &mut merged;
    while let Some(Reverse((_, i))) = heap.pop() {
        let mut node = lists[i].take().expect("a list in the heap has a head");
        lists[i] = node.next.take();
        if let Some(next) = &lists[i] {
            heap.push(Reverse((next.val, i)));
        }
        tail = &mut tail.insert(node).next;
    }
    merged
}

/// The reference as the judge calls it (building and reading, as the learner's code pays too).
pub fn reference(lists: Vec<Vec<i32>>) -> Vec<i32> {
    nodes::into_values(merge_k_lists(
        lists.iter().map(|values| nodes::list(values)).collect(),
    ))
}

const MAX_K: usize = 10_000;
const MAX_LEN: usize = 500;
const MAX_TOTAL: usize = 10_000;
const MAX_VALUE: i32 = 10_000;

fn sorted(mut values: Vec<i32>) -> Vec<i32> {
    values.sort_unstable();
    values
}

/// `k` sorted lists of `len` random values each.
fn lists(k: usize, len: usize, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..k)
        .map(|_| sorted(gen.ints(len, -MAX_VALUE, MAX_VALUE)))
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["lists"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.lists)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Without nodes or heaps: every value, sorted.
        let mut all: Vec<i32> = input.lists.concat();
        all.sort();
        all
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::collection::vec(prop::collection::vec(-3..=3, 0..=4), 0..=5),
            prop::collection::vec(
                prop::collection::vec(-MAX_VALUE..=MAX_VALUE, 0..=12),
                0..=12
            ),
        ]
        .prop_map(|lists| Input {
            lists: lists.into_iter().map(sorted).collect(),
        })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Folding the lists into one growing answer walks it once per list: O(N·k).
                name: "10^4 lists of one node each",
                max_n: MAX_K,
                generate: |n, gen| Input {
                    lists: lists(n, 1, gen),
                },
            },
            StressFamily {
                name: "k = 20 lists of 500 nodes",
                max_n: MAX_TOTAL,
                generate: |n, gen| {
                    let len = (n / 20).clamp(1, MAX_LEN);
                    Input {
                        lists: lists(n / len, len, gen),
                    }
                },
            },
            StressFamily {
                // Every list below the next: a fold appends at the end of an ever longer answer.
                name: "10^3 lists of 10 nodes, each list above the one before",
                max_n: MAX_TOTAL,
                generate: |n, _| {
                    let k = (n / 10).max(1);
                    Input {
                        lists: (0..k)
                            .map(|i| {
                                (0..10)
                                    .map(|j| (-MAX_VALUE + (i * 10 + j) as i32 * 2).min(MAX_VALUE))
                                    .collect()
                            })
                            .collect(),
                    }
                },
            },
            StressFamily {
                name: "10^4 lists, most of them empty",
                max_n: MAX_K,
                generate: |n, gen| {
                    let mut total = 0;
                    let mut lists = Vec::with_capacity(n);
                    for _ in 0..n {
                        let len = if gen.chance(1, 10) && total + 10 <= MAX_TOTAL {
                            10
                        } else {
                            0
                        };
                        total += len;
                        lists.push(sorted(gen.ints(len, -MAX_VALUE, MAX_VALUE)));
                    }
                    Input { lists }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("lists", input.lists.len(), 0..=MAX_K)?;
        let mut total = 0;
        for (i, list) in input.lists.iter().enumerate() {
            constraint::length(&format!("lists[{i}]"), list.len(), 0..=MAX_LEN)?;
            constraint::each_within(&format!("lists[{i}]"), list, -MAX_VALUE..=MAX_VALUE)?;
            if let Some(j) = list.windows(2).position(|w| w[0] > w[1]) {
                return Err(format!("lists[{i}] is not sorted at index {j}"));
            }
            total += list.len();
        }
        if total > MAX_TOTAL {
            return Err(format!("{total} nodes in all; at most {MAX_TOTAL}"));
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        nodes::check_list(expected, got)
    }
}

/// The harness's entry point for this problem (lists cross as their values).
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.lists))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn no_lists_and_empty_lists() {
        assert_eq!(reference(vec![]), Vec::<i32>::new());
        assert_eq!(reference(vec![vec![]]), Vec::<i32>::new());
        assert_eq!(
            reference(vec![vec![1, 4, 5], vec![1, 3, 4], vec![2, 6]]),
            vec![1, 1, 2, 3, 4, 4, 5, 6]
        );
    }
}

//! Sliding Window Maximum (LeetCode 239). Target: O(n) with a monotonic deque of indices.

use std::collections::VecDeque;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub k: i32,
}

pub struct Problem;

/// The reference: indices in the deque have decreasing values; the front is the window's maximum.
pub fn reference(nums: Vec<i32>, k: i32) -> Vec<i32> {
    let k = k as usize;
    let mut deque: VecDeque<usize> = VecDeque::new();
    let mut maxima = Vec::with_capacity(nums.len().saturating_sub(k) + 1);
    for (i, &value) in nums.iter().enumerate() {
        while deque.back().is_some_and(|&j| nums[j] <= value) {
            deque.pop_back();
        }
        deque.push_back(i);
        if deque[0] + k <= i {
            deque.pop_front();
        }
        if i + 1 >= k {
            maxima.push(nums[deque[0]]);
        }
    }
    maxima
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 10_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["nums", "k"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.nums, input.k)
    }

    fn oracle(input: Input) -> Vec<i32> {
        input
            .nums
            .windows(input.k as usize)
            .map(|window| *window.iter().max().expect("k >= 1"))
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values make ties and repeated maxima common. The oracle scans every window: up to
        // 400 values.
        (
            gen::size(1..=40, 400),
            prop_oneof![Just(3), Just(MAX_VALUE)],
        )
            .prop_flat_map(|(n, bound)| (prop::collection::vec(-bound..=bound, n), 1..=n as i32))
            .prop_map(|(nums, k)| Input { nums, k })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random values, k = n/2",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                    k: (n / 2).max(1) as i32,
                },
            },
            StressFamily {
                // Each new value evicts nothing, so a naive deque without eviction by index grows.
                name: "strictly decreasing, k = n/2",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (0..n as i32)
                        .map(|i| MAX_VALUE - (i % (2 * MAX_VALUE + 1)))
                        .collect(),
                    k: (n / 2).max(1) as i32,
                },
            },
            StressFamily {
                // The maximum leaves the window at every step: re-scanning the window is O(n·k).
                name: "increasing, k = n/3",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (0..n as i32)
                        .map(|i| -MAX_VALUE + (i % (2 * MAX_VALUE + 1)))
                        .collect(),
                    k: (n / 3).max(1) as i32,
                },
            },
            StressFamily {
                name: "all equal, k = n/2",
                max_n: MAX_N,
                generate: |n, gen| {
                    let value = gen.int((-MAX_VALUE).into(), MAX_VALUE.into()) as i32;
                    Input {
                        nums: vec![value; n],
                        k: (n / 2).max(1) as i32,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        if !(1..=n as i32).contains(&input.k) {
            return Err(format!("k = {}; allowed 1..={n}", input.k));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

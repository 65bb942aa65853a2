//! Kth Largest Element in an Array (LeetCode 215). Target: O(n) on average with quickselect
//! (O(n log k) with a min-heap of size k is a log factor above it and also accepted).

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub k: i32,
}

pub struct Problem;

/// The reference: selection in place. `select_nth_unstable` is an introselect (quickselect that
/// falls back to median of medians), so it is O(n) even on sorted or all-equal input.
pub fn reference(mut nums: Vec<i32>, k: i32) -> i32 {
    let index = nums.len() - k as usize;
    *nums.select_nth_unstable(index).1
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 10_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums", "k"];

    fn reference(input: Input) -> i32 {
        reference(input.nums, input.k)
    }

    fn oracle(input: Input) -> i32 {
        // Sort from largest to smallest and read position k - 1: duplicates count separately.
        let mut nums = input.nums;
        nums.sort_unstable_by(|a, b| b.cmp(a));
        nums[input.k as usize - 1]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A tiny value range makes duplicates common: the kth largest counts them, the kth
        // distinct value does not.
        (1..=40usize, prop_oneof![Just(2), Just(5), Just(MAX_VALUE)])
            .prop_flat_map(|(n, bound)| (prop::collection::vec(-bound..=bound, n), 1..=n as i32))
            .prop_map(|(nums, k)| Input { nums, k })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Removing the maximum k times is O(n·k); a heap of all n values is O(n log n).
                name: "random values, k = n/2",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                    k: (n / 2).max(1) as i32,
                },
            },
            StressFamily {
                // A quickselect whose pivot is the first or last element drops one element a
                // round: O(n²).
                name: "sorted ascending, k = n/2",
                max_n: MAX_N,
                generate: |n, _| {
                    let step = (2 * MAX_VALUE as usize + 1) as f64 / n.max(1) as f64;
                    Input {
                        nums: (0..n)
                            .map(|i| -MAX_VALUE + (i as f64 * step) as i32)
                            .collect(),
                        k: (n / 2).max(1) as i32,
                    }
                },
            },
            StressFamily {
                // A two-way partition puts every copy of the pivot on one side, so even a random
                // pivot is O(n²) here; a three-way partition finishes in one round.
                name: "all equal, k = n/2",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: vec![gen.int(i64::from(-MAX_VALUE), i64::from(MAX_VALUE)) as i32; n],
                    k: (n / 2).max(1) as i32,
                },
            },
            StressFamily {
                name: "three values only, k = n/3",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -1, 1),
                    k: (n / 3).max(1) as i32,
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
pub fn judge(solve: fn(Vec<i32>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

//! Contains Duplicate (LeetCode 217). Target: O(n) with a hash set of the values seen so far.

use std::collections::HashSet;

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: stop at the first value the set already holds.
pub fn reference(nums: Vec<i32>) -> bool {
    let mut seen = HashSet::with_capacity(nums.len());
    nums.into_iter().any(|value| !seen.insert(value))
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 1_000_000_000;

/// `n` distinct values spread over the whole range, in random order.
fn distinct(n: usize, gen: &mut Gen) -> Vec<i32> {
    let step = (2 * MAX_VALUE as i64) / MAX_N as i64;
    let offset = gen.int(0, step - 1);
    let mut nums: Vec<i32> = (0..n as i64)
        .map(|i| (-(MAX_VALUE as i64) + offset + i * step) as i32)
        .collect();
    shuffle(&mut nums, gen);
    nums
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> bool {
        reference(input.nums)
    }

    fn oracle(input: Input) -> bool {
        // Sorted, equal values sit next to each other.
        let mut nums = input.nums;
        nums.sort_unstable();
        nums.windows(2).any(|pair| pair[0] == pair[1])
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A tiny value range makes duplicates likely; a wide one makes "all distinct" likely. The
        // oracle sorts, so a few thousand values cost nothing.
        (
            gen::size(1..=40, 1000),
            prop_oneof![Just(3), Just(30), Just(MAX_VALUE)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(-bound..=bound, n))
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // No duplicate at all: a pairwise comparison must look at every pair.
                name: "all distinct, shuffled",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: distinct(n, gen),
                },
            },
            StressFamily {
                // The only duplicate is the last element, equal to the one before it.
                name: "all distinct but the last two",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = distinct(n, gen);
                    if n >= 2 {
                        nums[n - 1] = nums[n - 2];
                    }
                    Input { nums }
                },
            },
            StressFamily {
                name: "all distinct, decreasing",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = distinct(n, gen);
                    nums.sort_unstable_by(|a, b| b.cmp(a));
                    Input { nums }
                },
            },
            StressFamily {
                // Values packed next to each other; a single duplicate somewhere in the array.
                name: "consecutive values, shuffled, one duplicate at a random place",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums: Vec<i32> = (0..n as i32).map(|i| i - n as i32 / 2).collect();
                    shuffle(&mut nums, gen);
                    if n >= 2 {
                        let (i, j) = (gen.index(n), gen.index(n));
                        if i != j {
                            nums[i] = nums[j];
                        }
                    }
                    Input { nums }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

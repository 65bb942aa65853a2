//! Longest Consecutive Sequence (LeetCode 128). Target: O(n) with a hash set, counting up only
//! from the values that start a run (whose predecessor is absent).

use std::collections::HashSet;

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: each run is walked once, from its start, so the whole pass is O(n).
pub fn reference(nums: Vec<i32>) -> i32 {
    let set: HashSet<i64> = nums.into_iter().map(i64::from).collect();
    let mut longest = 0;
    for &start in &set {
        if set.contains(&(start - 1)) {
            continue;
        }
        let mut length = 1;
        while set.contains(&(start + length)) {
            length += 1;
        }
        longest = longest.max(length);
    }
    longest as i32
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 1_000_000_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    fn oracle(input: Input) -> i32 {
        // Sorted and without repeats, a run is a stretch where each value is one more than the last.
        let mut nums = input.nums;
        nums.sort_unstable();
        nums.dedup();
        let (mut longest, mut current) = (0, 0);
        for (i, &value) in nums.iter().enumerate() {
            current = if i > 0 && i64::from(nums[i - 1]) + 1 == i64::from(value) {
                current + 1
            } else {
                1
            };
            longest = longest.max(current);
        }
        longest
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Values close together make runs, duplicates and gaps common; a few inputs sit at the
        // ends of the range. The oracle sorts, so a few thousand values cost nothing.
        let values = prop_oneof![
            3 => -10..=10i32,
            1 => (MAX_VALUE - 5)..=MAX_VALUE,
            1 => -MAX_VALUE..=(-MAX_VALUE + 5),
        ];
        gen::sized_vec(values, 0..=40, 1000)
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // One run of n values: counting up from every value, not only from the start of
                // the run, is O(n²).
                name: "one run of n consecutive values, shuffled",
                max_n: MAX_N,
                generate: |n, gen| {
                    let start =
                        gen.int(-i64::from(MAX_VALUE), i64::from(MAX_VALUE) - n as i64) as i32;
                    let mut nums: Vec<i32> = (0..n as i32).map(|i| start + i).collect();
                    shuffle(&mut nums, gen);
                    Input { nums }
                },
            },
            StressFamily {
                // Half the array repeats the run's first value: checking "is x a start?" for each
                // element instead of each distinct value walks the run n/2 times.
                name: "the start of a long run repeated n/2 times",
                max_n: MAX_N,
                generate: |n, gen| {
                    let run = n - n / 2;
                    let mut nums: Vec<i32> = (0..run as i32).collect();
                    nums.extend(std::iter::repeat_n(0, n / 2));
                    shuffle(&mut nums, gen);
                    Input { nums }
                },
            },
            StressFamily {
                name: "random values over the whole range",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                name: "two interleaved runs, descending",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (0..n as i32)
                        .rev()
                        .map(|i| if i % 2 == 0 { i / 2 } else { MAX_VALUE - i / 2 })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 0..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

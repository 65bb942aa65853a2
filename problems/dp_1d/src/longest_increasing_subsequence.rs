//! Longest Increasing Subsequence (LeetCode 300). Target: O(n log n) time, O(n) space: `tails[k]` is
//! the smallest value that can end an increasing subsequence of length k + 1; each value replaces
//! the first tail that is not smaller than it, found by binary search.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: patience sorting on the tails, which stay strictly increasing.
pub fn reference(nums: Vec<i32>) -> i32 {
    let mut tails: Vec<i32> = Vec::with_capacity(nums.len());
    for x in nums {
        let k = tails.partition_point(|&tail| tail < x);
        if k == tails.len() {
            tails.push(x);
        } else {
            tails[k] = x;
        }
    }
    tails.len() as i32
}

const MAX_N: usize = 2500;
const MAX_VALUE: i32 = 10_000;
/// Large enough that a recursion without a memo (take or skip each value) is stopped at once.
const RECURSION_N: usize = 40;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Small inputs: every subset of positions (a bit mask), kept when its values strictly
    /// increase. Stress sizes: the quadratic table, the longest increasing run ending at each i
    /// from every earlier j with a smaller value.
    fn oracle(input: Input) -> i32 {
        let nums = &input.nums;
        let n = nums.len();
        if n <= 14 {
            return (0u32..(1 << n))
                .filter(|mask| {
                    let chosen: Vec<i32> = (0..n)
                        .filter(|&i| mask & (1 << i) != 0)
                        .map(|i| nums[i])
                        .collect();
                    chosen.windows(2).all(|w| w[0] < w[1])
                })
                .map(|mask| mask.count_ones() as i32)
                .max()
                .expect("the empty subset always increases");
        }
        let mut ending = vec![1i32; n];
        for i in 0..n {
            for j in 0..i {
                if nums[j] < nums[i] {
                    ending[i] = ending[i].max(ending[j] + 1);
                }
            }
        }
        ending.into_iter().max().expect("nums is not empty")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 12 values, few distinct ones so that equal values (which do not increase) are
        // common; small enough for a recursion without a memo, which the stress cases expose.
        (1..=12usize, prop_oneof![Just(3), Just(MAX_VALUE)])
            .prop_flat_map(|(n, bound)| prop::collection::vec(-bound..=bound, n))
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // No strictly decreasing family: there the tails stay one long, the reference is O(n)
        // (7 us at 2500), and an O(n log n) BTreeSet measured 15x it for its constant alone. The
        // fixtures and random cases cover decreasing inputs for correctness.
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms.
                name: "40 random values (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                name: "random values, n = 2500",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                // The answer is n: the tails grow at every step.
                name: "strictly increasing",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (0..n as i32).map(|i| -MAX_VALUE + 8 * i).collect(),
                },
            },
            StressFamily {
                name: "increasing with noise (a long answer, many replacements)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: (0..n as i32)
                        .map(|i| {
                            (-MAX_VALUE + 8 * i + gen.int(-40, 40) as i32)
                                .clamp(-MAX_VALUE, MAX_VALUE)
                        })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
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

    #[test]
    fn the_reference_agrees_with_the_quadratic_table_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..5 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }
}

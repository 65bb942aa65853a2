//! Partition Equal Subset Sum (LeetCode 416). Target: O(n·sum) time, O(sum) space: the sums that some
//! subset reaches, up to half the total, marked in one table updated from high sums to low for
//! each value (so that a value is used at most once).

use std::collections::HashSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: a subset summing to half the total exists.
pub fn reference(nums: Vec<i32>) -> bool {
    let total: i32 = nums.iter().sum();
    if total % 2 == 1 {
        return false;
    }
    let half = (total / 2) as usize;
    let mut reachable = vec![false; half + 1];
    reachable[0] = true;
    for x in nums {
        let x = x as usize;
        for sum in (x..=half).rev() {
            reachable[sum] |= reachable[sum - x];
        }
    }
    reachable[half]
}

const MAX_N: usize = 200;
const MAX_VALUE: i32 = 100;
/// Large enough that a recursion without a memo is stopped at once.
const RECURSION_N: usize = 40;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> bool {
        reference(input.nums)
    }

    /// Small inputs: every subset (a bit mask), looking for one with exactly half the total (an odd
    /// total has none). Stress sizes: the set of sums reached, grown value by value.
    fn oracle(input: Input) -> bool {
        let nums = &input.nums;
        let n = nums.len();
        let total: i32 = nums.iter().sum();
        if n <= 16 {
            return (0u32..(1 << n)).any(|mask| {
                let part: i32 = (0..n)
                    .filter(|&i| mask & (1 << i) != 0)
                    .map(|i| nums[i])
                    .sum();
                2 * part == total
            });
        }
        let mut sums: HashSet<i32> = HashSet::from([0]);
        for &x in nums {
            let grown: Vec<i32> = sums.iter().map(|&s| s + x).collect();
            sums.extend(grown);
        }
        total % 2 == 0 && sums.contains(&(total / 2))
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 16 values: 2^16 subsets for the oracle, and few enough for a recursion without a
        // memo, which the stress cases expose. Small values make many sums reachable in several ways.
        (1..=16usize, prop_oneof![Just(6), Just(MAX_VALUE)])
            .prop_flat_map(|(n, bound)| prop::collection::vec(1..=bound, n))
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms: every sum is
                // even and half the total is odd, so every subset is tried and none works.
                name:
                    "39 twos and a four: half the total is odd (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, _| {
                    let mut nums = vec![2; n - 1];
                    nums.push(4);
                    Input { nums }
                },
            },
            StressFamily {
                name: "random values 1..=100, n = 200",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, 1, MAX_VALUE),
                },
            },
            StressFamily {
                // An even total whose half is odd, while every value is even: false after a full table.
                name: "random even values, half the total odd: false",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums: Vec<i32> = (1..n).map(|_| 2 * gen.int(1, 50) as i32).collect();
                    let rest: i32 = nums.iter().sum();
                    nums.push(if rest % 4 == 0 { 2 } else { 4 });
                    Input { nums }
                },
            },
            StressFamily {
                name: "all 100 (the largest total)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_VALUE; n],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, 1..=MAX_VALUE)?;
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

    #[test]
    fn the_reference_agrees_with_the_set_of_sums_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }
}

//! House Robber II (LeetCode 213). Target: O(n) time, O(1) space: in a circle the first and last
//! houses are neighbours, so the best haul is the better of the straight-row answer without the last
//! house and without the first.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The straight row (house-robber): the best hauls up to the last two houses in two variables.
fn rob_row(houses: &[i32]) -> i32 {
    let (mut two, mut one) = (0i32, 0i32);
    for &money in houses {
        (two, one) = (one, one.max(two + money));
    }
    one
}

/// The reference: a single house has no neighbour; otherwise one of the two ends is left alone.
pub fn reference(nums: Vec<i32>) -> i32 {
    match nums.len() {
        1 => nums[0],
        n => rob_row(&nums[..n - 1]).max(rob_row(&nums[1..])),
    }
}

const MAX_N: usize = 100;
const MAX_VALUE: i32 = 1000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Small inputs: every set of houses (a bit mask) with no two neighbours, the first and the last
    /// counting as neighbours. Stress sizes: a scan with two states per house (robbed or not) run
    /// twice, once with the first house forced robbed (so the last may not be) and once spared.
    fn oracle(input: Input) -> i32 {
        let nums = &input.nums;
        let n = nums.len();
        if n > 16 {
            let scan = |first_robbed: bool| {
                let (mut robbed, mut spared) = if first_robbed {
                    (nums[0], i32::MIN / 2)
                } else {
                    (i32::MIN / 2, 0)
                };
                for &money in &nums[1..] {
                    (robbed, spared) = (spared + money, spared.max(robbed));
                }
                if first_robbed {
                    spared
                } else {
                    robbed.max(spared)
                }
            };
            return scan(true).max(scan(false));
        }
        let ring = |mask: u32| {
            mask & (mask >> 1) == 0 && (n == 1 || mask & 1 == 0 || mask >> (n - 1) & 1 == 0)
        };
        (0u32..(1 << n))
            .filter(|&mask| ring(mask))
            .map(|mask| {
                (0..n)
                    .filter(|&i| mask & (1 << i) != 0)
                    .map(|i| nums[i])
                    .sum::<i32>()
            })
            .max()
            .expect("the empty set is always allowed")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 16 houses for the oracle's 2^n masks; small values make ties and zeros common.
        (1..=16usize, prop_oneof![Just(3), Just(MAX_VALUE)])
            .prop_flat_map(|(n, bound)| prop::collection::vec(0..=bound, n))
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // At n = 100 a recursion without a memo makes ~1.6^100 calls: stopped at once.
        vec![
            StressFamily {
                name: "random money, n = 100",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, 0, MAX_VALUE),
                },
            },
            StressFamily {
                // Both ends rich: a solution that forgets the circle robs both.
                name: "rich ends, odd n",
                max_n: MAX_N - 1,
                generate: |n, gen| {
                    let mut nums = gen.ints(n, 0, 10);
                    nums[0] = MAX_VALUE;
                    nums[n - 1] = MAX_VALUE;
                    Input { nums }
                },
            },
            StressFamily {
                name: "every house holds 1000 (the largest haul)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_VALUE; n],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, 0..=MAX_VALUE)?;
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
    fn the_reference_agrees_with_the_forced_first_house_scans_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..20 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }
}

//! House Robber (LeetCode 198). Target: O(n) time, O(1) space: the best haul from the first i houses
//! either skips house i (the best of the first i - 1) or robs it (its money plus the best of the
//! first i - 2), kept in two variables.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: `two` and `one` are the best hauls from the houses up to i - 2 and i - 1.
pub fn reference(nums: Vec<i32>) -> i32 {
    let (mut two, mut one) = (0i32, 0i32);
    for &money in &nums {
        (two, one) = (one, one.max(two + money));
    }
    one
}

const MAX_N: usize = 100;
const MAX_VALUE: i32 = 400;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Small inputs: every set of houses (a bit mask) with no two neighbours in it. Stress sizes:
    /// a scan with two states per house, the best haul so far with house i robbed and without it.
    fn oracle(input: Input) -> i32 {
        let n = input.nums.len();
        if n > 16 {
            let (mut robbed, mut spared) = (i32::MIN, 0i32);
            for &money in &input.nums {
                (robbed, spared) = (spared + money, spared.max(robbed));
            }
            return robbed.max(spared);
        }
        (0u32..(1 << n))
            .filter(|mask| mask & (mask >> 1) == 0)
            .map(|mask| {
                (0..n)
                    .filter(|&i| mask & (1 << i) != 0)
                    .map(|i| input.nums[i])
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
                // Even-or-odd houses is wrong here: the best haul switches parity in the middle.
                name: "rich pairs separated by gaps of 2",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (0..n)
                        .map(|i| if i % 3 == 2 { 0 } else { MAX_VALUE })
                        .collect(),
                },
            },
            StressFamily {
                name: "every house holds 400 (the largest haul)",
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
    fn the_reference_agrees_with_the_two_state_scan_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..20 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }
}

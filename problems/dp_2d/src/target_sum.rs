//! Target Sum (LeetCode 494). Target: O(n·s) time, O(s) space (s = the sum of nums): the numbers
//! given a plus sign form a subset P with sum(P) - (s - sum(P)) = target, so sum(P) = (s + target) / 2;
//! count the subsets with that sum, one number at a time, in a table over sums filled downwards.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub target: i32,
}

pub struct Problem;

/// The reference: `subsets[x]` counts the subsets of the numbers seen so far that sum to x.
pub fn reference(nums: Vec<i32>, target: i32) -> i32 {
    let total: i32 = nums.iter().sum();
    if target.abs() > total || (total + target) % 2 != 0 {
        return 0;
    }
    let plus = ((total + target) / 2) as usize;
    let mut subsets = vec![0i32; plus + 1];
    subsets[0] = 1;
    for num in nums {
        let num = num as usize;
        // Downwards, so that subsets[x - num] does not already include this number.
        for x in (num..=plus).rev() {
            subsets[x] += subsets[x - num];
        }
    }
    subsets[plus]
}

const MAX_N: usize = 20;
const MAX_SUM: i32 = 1000;
const MAX_TARGET: i32 = 1000;

/// `n` numbers in `0..=MAX_SUM` whose sum is at most `MAX_SUM`, each drawn up to `high`.
fn numbers(gen: &mut Gen, n: usize, high: i32) -> Vec<i32> {
    let mut left = MAX_SUM;
    (0..n)
        .map(|_| {
            let num = gen.int(0, high.min(left).into()) as i32;
            left -= num;
            num
        })
        .collect()
}

/// A target the signs can reach: random signs on `nums`.
fn reachable_target(gen: &mut Gen, nums: &[i32]) -> i32 {
    nums.iter()
        .map(|&num| if gen.chance(1, 2) { num } else { -num })
        .sum()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums", "target"];

    fn reference(input: Input) -> i32 {
        reference(input.nums, input.target)
    }

    /// Every choice of signs, as the bits of a mask, with no table at all.
    fn oracle(input: Input) -> i32 {
        let n = input.nums.len();
        (0u32..1 << n)
            .filter(|mask| {
                let total: i32 = (0..n)
                    .map(|i| {
                        if mask & (1 << i) != 0 {
                            input.nums[i]
                        } else {
                            -input.nums[i]
                        }
                    })
                    .sum();
                total == input.target
            })
            .count() as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 12 small numbers (zeros common: each one doubles the count) and targets near the
        // reachable range, including ones of the wrong parity and ones beyond the sum.
        let num = prop_oneof![2 => 0..=1i32, 3 => 2..=5i32, 1 => 6..=80i32];
        (prop::collection::vec(num, 1..=12), -40..=40i32)
            .prop_map(|(nums, target)| Input { nums, target })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: every one of the 2^20 sign choices works (1,048,576 ways). A recursion
                // without a memo makes 2^21 calls; the reference does 20 steps.
                name: "twenty zeros, target 0 (exposes a recursion without a memo)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![0; n],
                    target: 0,
                },
            },
            StressFamily {
                name: "ones and zeros, target 0 or 1 (the middle of the range)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let nums: Vec<i32> = (0..n).map(|_| gen.int(0, 1) as i32).collect();
                    let target = nums.iter().sum::<i32>() % 2;
                    Input { nums, target }
                },
            },
            StressFamily {
                // Sums near 1000: the table over sums is as wide as the constraints allow.
                name: "20 random numbers summing to at most 1000, a reachable target",
                max_n: MAX_N,
                generate: |n, gen| {
                    let nums = numbers(gen, n, 2 * MAX_SUM / n as i32);
                    let target = reachable_target(gen, &nums);
                    Input { nums, target }
                },
            },
            StressFamily {
                name: "twenty 50s (sum 1000), target 0",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_SUM / MAX_N as i32; n],
                    target: 0,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, 0..=MAX_SUM)?;
        constraint::within("sum(nums)", input.nums.iter().sum::<i32>(), 0..=MAX_SUM)?;
        constraint::within("target", input.target, -MAX_TARGET..=MAX_TARGET)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_corners() {
        assert_eq!(reference(vec![1, 1, 1, 1, 1], 3), 5);
        assert_eq!(reference(vec![1], 1), 1);
        assert_eq!(reference(vec![0; 20], 0), 1 << 20);
        assert_eq!(reference(vec![1, 2], 2), 0);
        assert_eq!(reference(vec![5], -1000), 0);
        assert_eq!(reference(vec![1000], -1000), 1);
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(5));
            assert_eq!(
                reference(input.nums.clone(), input.target),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}

//! Maximum Subarray (LeetCode 53). Target: O(n) time, O(1) space: Kadane's scan, which drops the
//! running sum as soon as it is negative, since a negative prefix can only lower what follows.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: the best sum of a subarray ending here is this value, plus the best ending at
/// the previous index when that is positive.
pub fn reference(nums: Vec<i32>) -> i32 {
    let (mut ending_here, mut best) = (nums[0], nums[0]);
    for &x in &nums[1..] {
        ending_here = x + ending_here.max(0);
        best = best.max(ending_here);
    }
    best
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 10_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Prefix sums: the best subarray ending at j is prefix[j + 1] minus the smallest prefix
    /// before it (small inputs try every pair, large ones keep the running minimum).
    fn oracle(input: Input) -> i32 {
        let mut prefix = vec![0i64];
        for &x in &input.nums {
            prefix.push(prefix.last().expect("starts with 0") + i64::from(x));
        }
        let n = input.nums.len();
        let best = if n <= 300 {
            (0..n)
                .flat_map(|i| (i + 1..=n).map(move |j| (i, j)))
                .map(|(i, j)| prefix[j] - prefix[i])
                .max()
                .expect("nums is not empty")
        } else {
            let mut lowest = prefix[0];
            let mut best = i64::MIN;
            for &p in &prefix[1..] {
                best = best.max(p - lowest);
                lowest = lowest.min(p);
            }
            best
        };
        i32::try_from(best).expect("sums of 10^5 values of at most 10^4 fit in an i32")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values so that ties, zeros and all-negative arrays appear; some arrays entirely
        // negative, which breaks a scan that starts its best at 0.
        prop_oneof![
            3 => prop::collection::vec(-5..=5i32, 1..=20),
            1 => prop::collection::vec(-MAX_VALUE..=MAX_VALUE, 1..=20),
            1 => prop::collection::vec(-6..=-1i32, 1..=8),
        ]
        .prop_map(|nums| Input { nums })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random values in the full range",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, MAX_VALUE),
                },
            },
            StressFamily {
                // The largest sum, 10^9, near the edge of an i32.
                name: "all the largest value",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_VALUE; n],
                },
            },
            StressFamily {
                name: "all negative",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, -MAX_VALUE, -1),
                },
            },
            StressFamily {
                // Long positive runs broken by deep dips: the best run is decided late.
                name: "positive runs with deep dips",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: (0..n)
                        .map(|_| {
                            if gen.chance(1, 50) {
                                -MAX_VALUE
                            } else {
                                gen.int(-100, 300) as i32
                            }
                        })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_best_starts_at_zero,
        "../../submissions/greedy/maximum_subarray/wrong_best_starts_at_zero.rs"
    );
    submission!(
        wrong_sum_of_positives,
        "../../submissions/greedy/maximum_subarray/wrong_sum_of_positives.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_best_starts_at_zero::Solution::max_sub_array(input.nums)
            }),
            "wrong_best_starts_at_zero"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sum_of_positives::Solution::max_sub_array(input.nums)
            }),
            "wrong_sum_of_positives"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![-2, 1, -3, 4, -1, 2, 1, -5, 4]), 6);
        assert_eq!(reference(vec![1]), 1);
        assert_eq!(reference(vec![5, 4, -1, 7, 8]), 23);
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..5 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }
}

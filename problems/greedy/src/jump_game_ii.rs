//! Jump Game II (LeetCode 45). Target: O(n) time, O(1) space: a breadth-first search by levels
//! without a queue; the indices reachable in k jumps form one window, and the next window ends at
//! the farthest reach from this one.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: count a jump each time the scan leaves the window of the current level.
pub fn reference(nums: Vec<i32>) -> i32 {
    let (mut jumps, mut window_end, mut farthest) = (0, 0usize, 0usize);
    for (i, &step) in nums.iter().enumerate().take(nums.len() - 1) {
        farthest = farthest.max(i + step as usize);
        if i == window_end {
            jumps += 1;
            window_end = farthest;
        }
    }
    jumps
}

const MAX_N: usize = 10_000;
const MAX_VALUE: i32 = 1_000;

/// Turns into a 1 each zero that would stop every route, as LeetCode promises the last index is
/// reachable.
fn unstuck(mut nums: Vec<i32>) -> Vec<i32> {
    let mut reach = 0usize;
    for i in 0..nums.len().saturating_sub(1) {
        if reach == i && nums[i] == 0 {
            nums[i] = 1;
        }
        reach = reach.max(i + nums[i] as usize);
    }
    nums
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// The fewest jumps to each index, from the front: each index relaxes every spot it can land
    /// on (O(n * max value)).
    fn oracle(input: Input) -> i32 {
        let n = input.nums.len();
        let mut fewest = vec![i32::MAX; n];
        fewest[0] = 0;
        for i in 0..n {
            if fewest[i] == i32::MAX {
                continue;
            }
            let last = (i + input.nums[i] as usize).min(n - 1);
            for j in i + 1..=last {
                fewest[j] = fewest[j].min(fewest[i] + 1);
            }
        }
        fewest[n - 1]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Short arrays of small steps, zeros included, repaired to be reachable: the fewest jumps
        // often differ from the jumps of a plausible greedy rule.
        prop::collection::vec(
            prop_oneof![1 => Just(0), 3 => 1..=3i32, 1 => 0..=8i32],
            1..=14,
        )
        .prop_map(|nums| Input {
            nums: unstuck(nums),
        })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every index relaxes 1000 spots: the O(n * k) dynamic programme's worst case.
                name: "every value the largest",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_VALUE; n],
                },
            },
            StressFamily {
                name: "random values in the full range",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: unstuck(gen.ints(n, 0, MAX_VALUE)),
                },
            },
            StressFamily {
                // n - 1 jumps: the most levels.
                name: "all ones",
                max_n: MAX_N,
                generate: |n, _| Input { nums: vec![1; n] },
            },
            StressFamily {
                name: "small steps with zeros to jump over",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: unstuck(
                        (0..n)
                            .map(|_| {
                                if gen.chance(1, 3) {
                                    0
                                } else {
                                    gen.int(1, 6) as i32
                                }
                            })
                            .collect(),
                    ),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, 0..=MAX_VALUE)?;
        let mut reach = 0usize;
        for (i, &step) in input.nums.iter().enumerate() {
            if i > reach {
                return Err(format!(
                    "nums[{i}] cannot be reached (the farthest reach before it is index {reach}); LeetCode promises the last index can be reached"
                ));
            }
            reach = reach.max(i + step as usize);
        }
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

    submission!(
        wrong_count_every_extension,
        "../../submissions/greedy/jump_game_ii/wrong_count_every_extension.rs"
    );
    submission!(
        wrong_pick_largest_value,
        "../../submissions/greedy/jump_game_ii/wrong_pick_largest_value.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_count_every_extension::Solution::jump(input.nums)
            }),
            "wrong_count_every_extension"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_pick_largest_value::Solution::jump(input.nums)
            }),
            "wrong_pick_largest_value"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![2, 3, 1, 1, 4]), 2);
        assert_eq!(reference(vec![2, 3, 0, 1, 4]), 2);
        assert_eq!(reference(vec![0]), 0);
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert!(Problem::validate(&input).is_ok());
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }

    #[test]
    fn an_unreachable_index_is_named() {
        let why = Problem::validate(&Input {
            nums: vec![1, 0, 2],
        })
        .unwrap_err();
        assert!(why.contains("nums[2]"), "{why}");
    }
}

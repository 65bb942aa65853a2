//! Jump Game (LeetCode 55). Target: O(n) time, O(1) space: carry the farthest index reachable so
//! far; the last index is reachable unless some index lies beyond it.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: every index up to `reach` can be stood on, so extend `reach` from each of them.
pub fn reference(nums: Vec<i32>) -> bool {
    let mut reach = 0usize;
    for (i, &step) in nums.iter().enumerate() {
        if i > reach {
            return false;
        }
        reach = reach.max(i + step as usize);
    }
    true
}

const MAX_N: usize = 10_000;
const MAX_VALUE: i32 = 100_000;

/// Values that fall to zero just before the end: index k reaches exactly k + nums[k] = trap, so
/// no index passes the zero at `trap` and the answer is false.
fn trapped(n: usize, gen: &mut Gen) -> Vec<i32> {
    let trap = n.saturating_sub(2);
    (0..n)
        .map(|i| {
            if i < trap {
                let most = (trap - i) as i64;
                gen.int(most.min(1), most) as i32
            } else {
                0
            }
        })
        .collect()
}

/// Turns into a 1 each zero that would stop every route, so the last index is reachable.
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
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> bool {
        reference(input.nums)
    }

    /// Marks, from the back, which indices can reach the end: index i can if one of the indices
    /// it jumps to can (O(n²) at worst, fine for the tests).
    fn oracle(input: Input) -> bool {
        let n = input.nums.len();
        let mut good = vec![false; n];
        good[n - 1] = true;
        for i in (0..n - 1).rev() {
            let last = (i + input.nums[i] as usize).min(n - 1);
            good[i] = (i + 1..=last).any(|j| good[j]);
        }
        good[0]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Short arrays of small steps with many zeros, so that both answers are common and a
        // zero can be jumped over or not.
        prop::collection::vec(
            prop_oneof![2 => Just(0), 3 => 1..=3i32, 1 => 0..=8i32],
            1..=12,
        )
        .prop_map(|nums| Input { nums })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every index can reach every later one: marking each jump's landing spots is n².
                name: "every value the largest",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_VALUE; n],
                },
            },
            StressFamily {
                name: "a zero near the end that no index passes (false)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: trapped(n, gen),
                },
            },
            StressFamily {
                name: "all ones: one step at a time",
                max_n: MAX_N,
                generate: |n, _| Input { nums: vec![1; n] },
            },
            StressFamily {
                // Reachable, so that every method reads the whole array.
                name: "random small steps with zeros that can be jumped over (true)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: unstuck(
                        (0..n)
                            .map(|_| {
                                if gen.chance(1, 4) {
                                    0
                                } else {
                                    gen.int(1, 5) as i32
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
        constraint::each_within("nums", &input.nums, 0..=MAX_VALUE)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_always_jump_farthest,
        "../../submissions/greedy/jump_game/wrong_always_jump_farthest.rs"
    );
    submission!(
        wrong_any_zero_blocks,
        "../../submissions/greedy/jump_game/wrong_any_zero_blocks.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_always_jump_farthest::Solution::can_jump(input.nums)
            }),
            "wrong_always_jump_farthest"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_any_zero_blocks::Solution::can_jump(input.nums)
            }),
            "wrong_any_zero_blocks"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert!(reference(vec![2, 3, 1, 1, 4]));
        assert!(!reference(vec![3, 2, 1, 0, 4]));
        assert!(reference(vec![0]));
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }

    #[test]
    fn the_trap_is_never_passed() {
        for n in 1..40 {
            let nums = trapped(n, &mut Gen::new(n as u64));
            assert_eq!(Problem::oracle(Input { nums }), n == 1);
        }
    }
}

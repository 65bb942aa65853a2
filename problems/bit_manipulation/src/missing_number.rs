//! Missing Number (LeetCode 268). Target: O(n) time, O(1) space: XOR every index 0..n and every
//! value together with n; each number present cancels its own index, and the missing one is left.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: n ^ (0 ^ nums[0]) ^ (1 ^ nums[1]) ^ ...
pub fn reference(nums: Vec<i32>) -> i32 {
    nums.iter()
        .enumerate()
        .fold(nums.len() as i32, |acc, (i, &x)| acc ^ i as i32 ^ x)
}

const MAX_N: usize = 10_000;

fn shuffle(values: &mut [i32], gen: &mut Gen) {
    for i in (1..values.len()).rev() {
        values.swap(i, gen.index(i + 1));
    }
}

/// 0..=n without `missing`, shuffled.
fn without(n: usize, missing: i32, gen: &mut Gen) -> Input {
    let mut nums: Vec<i32> = (0..=n as i32).filter(|&x| x != missing).collect();
    shuffle(&mut nums, gen);
    Input { nums }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Marks each value seen, then returns the first unmarked one.
    fn oracle(input: Input) -> i32 {
        let mut seen = vec![false; input.nums.len() + 1];
        for &x in &input.nums {
            seen[x as usize] = true;
        }
        seen.iter()
            .position(|&s| !s)
            .expect("one number is missing") as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // The missing number is 0 or n often enough (they are 2 of n + 1 choices at small n).
        (1..=12usize)
            .prop_flat_map(|n| (Just(n), 0..=n as i32))
            .prop_flat_map(|(n, missing)| {
                let nums: Vec<i32> = (0..=n as i32).filter(|&x| x != missing).collect();
                Just(nums).prop_shuffle()
            })
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A search for the first absent candidate 0, 1, 2, ... finds every one of them
                // present, each after a scan: quadratic.
                name: "n missing (every index present), shuffled",
                max_n: MAX_N,
                generate: |n, gen| without(n, n as i32, gen),
            },
            StressFamily {
                name: "0 missing, shuffled",
                max_n: MAX_N,
                generate: |n, gen| without(n, 0, gen),
            },
            StressFamily {
                name: "a random number missing, shuffled",
                max_n: MAX_N,
                generate: |n, gen| {
                    let missing = gen.int(0, n as i64) as i32;
                    without(n, missing, gen)
                },
            },
            StressFamily {
                name: "descending, the middle missing",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (0..=n as i32)
                        .rev()
                        .filter(|&x| x != n as i32 / 2)
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, 0..=n as i32)?;
        let mut seen = vec![false; n + 1];
        for &x in &input.nums {
            if std::mem::replace(&mut seen[x as usize], true) {
                return Err(format!(
                    "{x} occurs twice; LeetCode's numbers are distinct, so exactly one of 0..={n} is missing"
                ));
            }
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
        wrong_sorted_forgets_n,
        "../../submissions/bit_manipulation/missing_number/wrong_sorted_forgets_n.rs"
    );
    submission!(
        wrong_sum_up_to_len_minus_one,
        "../../submissions/bit_manipulation/missing_number/wrong_sum_up_to_len_minus_one.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sorted_forgets_n::Solution::missing_number(input.nums)
            }),
            "wrong_sorted_forgets_n"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sum_up_to_len_minus_one::Solution::missing_number(input.nums)
            }),
            "wrong_sum_up_to_len_minus_one"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![3, 0, 1]), 2);
        assert_eq!(reference(vec![0, 1]), 2);
        assert_eq!(reference(vec![9, 6, 4, 2, 3, 5, 7, 0, 1]), 8);
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(3));
            assert_eq!(input.nums.len(), MAX_N, "{}", family.name);
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
        }
    }

    #[test]
    fn duplicates_and_values_out_of_range_are_named() {
        let why = Problem::validate(&Input {
            nums: vec![1, 1, 0],
        })
        .unwrap_err();
        assert!(why.contains("1 occurs twice"), "{why}");
        assert!(Problem::validate(&Input { nums: vec![0, 3] }).is_err());
    }
}

//! Plus One (LeetCode 66). Target: O(n) time, O(1) extra space besides the answer: walk from the
//! last digit, turning 9s into 0s until a digit can take the carry; all 9s grow the number by one
//! digit.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub digits: Vec<i32>,
}

pub struct Problem;

/// The reference: the carry moves left through the 9s and stops at the first other digit.
pub fn reference(mut digits: Vec<i32>) -> Vec<i32> {
    for digit in digits.iter_mut().rev() {
        if *digit < 9 {
            *digit += 1;
            return digits;
        }
        *digit = 0;
    }
    digits.insert(0, 1);
    digits
}

const MAX_LEN: usize = 100;

/// `len` digits from `digit`, the first never 0 unless the number is 0 itself.
fn number(len: usize, gen: &mut Gen, mut digit: impl FnMut(&mut Gen, usize) -> i32) -> Input {
    let mut digits: Vec<i32> = (0..len).map(|i| digit(gen, i)).collect();
    if len > 1 && digits[0] == 0 {
        digits[0] = 1 + gen.int(0, 8) as i32;
    }
    Input { digits }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["digits"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.digits)
    }

    /// Without a carry loop: count the trailing 9s; the digit before them goes up by one and they
    /// become 0s, or, when every digit is a 9, the answer is a 1 followed by that many 0s.
    fn oracle(input: Input) -> Vec<i32> {
        let digits = input.digits;
        let nines = digits.iter().rev().take_while(|&&d| d == 9).count();
        let keep = digits.len() - nines;
        if keep == 0 {
            let mut out = vec![1];
            out.extend(std::iter::repeat_n(0, nines));
            return out;
        }
        let mut out = digits[..keep - 1].to_vec();
        out.push(digits[keep - 1] + 1);
        out.extend(std::iter::repeat_n(0, nines));
        out
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Mostly 9s, so that carries run far and all-9 numbers are common; up to 25 digits, past
        // what a u64 holds (20 digits).
        (
            prop::collection::vec(prop_oneof![3 => Just(9), 1 => 0..=9i32], 1..=25),
            any::<bool>(),
        )
            .prop_map(|(mut digits, zero)| {
                if digits.len() > 1 && digits[0] == 0 {
                    digits[0] = 9;
                }
                if zero {
                    // A plain number with few 9s now and then, and the number 0.
                    digits
                        .iter_mut()
                        .filter(|d| **d == 9)
                        .take(1)
                        .for_each(|d| *d = 0);
                    if digits.len() > 1 && digits[0] == 0 {
                        digits[0] = 5;
                    }
                }
                Input { digits }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // Every method is O(n) at n = 100 (the answer alone is n digits): these families are for
        // correctness at the largest length, not for a slower class (see the data's [judge]).
        vec![
            StressFamily {
                name: "100 nines (the number grows by a digit)",
                max_n: MAX_LEN,
                generate: |n, gen| number(n, gen, |_, _| 9),
            },
            StressFamily {
                name: "random digits, 100 long",
                max_n: MAX_LEN,
                generate: |n, gen| number(n, gen, |gen, _| gen.int(0, 9) as i32),
            },
            StressFamily {
                name: "one digit below 9, then only 9s",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    number(
                        n,
                        gen,
                        |gen, i| if i == 0 { gen.int(1, 8) as i32 } else { 9 },
                    )
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("digits", input.digits.len(), 1..=MAX_LEN)?;
        constraint::each_within("digits[i]", &input.digits, 0..=9)?;
        if input.digits.len() > 1 && input.digits[0] == 0 {
            return Err(format!(
                "digits = {:?} starts with a 0; LeetCode gives no leading zeros",
                input.digits
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    submission!(
        wrong_through_u64,
        "../../submissions/math_geometry/plus_one/wrong_through_u64.rs"
    );
    submission!(
        wrong_drops_last_carry,
        "../../submissions/math_geometry/plus_one/wrong_drops_last_carry.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                // The u64 overflows past 20 digits: a panic in a debug build, a wrapped number in
                // the judge's optimised one.
                std::panic::catch_unwind(|| wrong_through_u64::Solution::plus_one(input.digits))
                    .unwrap_or_default()
            }),
            "wrong_through_u64"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_drops_last_carry::Solution::plus_one(input.digits)
            }),
            "wrong_drops_last_carry"
        );
    }

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![1, 2, 3]), vec![1, 2, 4]);
        assert_eq!(reference(vec![4, 3, 2, 1]), vec![4, 3, 2, 2]);
        assert_eq!(reference(vec![9]), vec![1, 0]);
        assert_eq!(reference(vec![0]), vec![1]);
        assert_eq!(reference(vec![1, 9, 9]), vec![2, 0, 0]);
    }

    #[test]
    fn a_leading_zero_is_named() {
        let why = Problem::validate(&Input { digits: vec![0, 1] }).unwrap_err();
        assert!(why.contains("leading zeros"), "{why}");
    }
}

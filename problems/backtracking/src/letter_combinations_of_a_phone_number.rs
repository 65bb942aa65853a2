//! Letter Combinations of a Phone Number (LeetCode 17). Target: one depth-first pass that picks a
//! letter for each digit in turn on one growing string: O(4^n·n) for n digits, proportional to
//! the output. Any order is accepted; a combination that is not one is named with the letter and
//! digit at fault.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub digits: String,
}

pub struct Problem;

/// The letters on key `digit` ('2'..='9') of a phone's keypad.
fn letters(digit: u8) -> &'static [u8] {
    const KEYS: [&[u8]; 8] = [
        b"abc", b"def", b"ghi", b"jkl", b"mno", b"pqrs", b"tuv", b"wxyz",
    ];
    KEYS[usize::from(digit - b'2')]
}

fn extend(digits: &[u8], current: &mut Vec<u8>, out: &mut Vec<String>) {
    let Some((&digit, rest)) = digits.split_first() else {
        out.push(String::from_utf8(current.clone()).expect("ASCII letters"));
        return;
    };
    for &letter in letters(digit) {
        current.push(letter);
        extend(rest, current, out);
        current.pop();
    }
}

/// The reference, with LeetCode's signature.
pub fn reference(digits: String) -> Vec<String> {
    if digits.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    extend(
        digits.as_bytes(),
        &mut Vec::with_capacity(digits.len()),
        &mut out,
    );
    out
}

const MAX_N: usize = 4;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<String>;
    const PARAMETERS: &'static [&'static str] = &["digits"];

    fn reference(input: Input) -> Vec<String> {
        reference(input.digits)
    }

    /// Counts through every choice as a number whose i-th place has as many values as digit i has
    /// letters, and spells each.
    fn oracle(input: Input) -> Vec<String> {
        let keys: Vec<&[u8]> = input.digits.bytes().map(letters).collect();
        if keys.is_empty() {
            return Vec::new();
        }
        let total: usize = keys.iter().map(|key| key.len()).product();
        (0..total)
            .map(|mut number| {
                let mut word = vec![0u8; keys.len()];
                for i in (0..keys.len()).rev() {
                    word[i] = keys[i][number % keys[i].len()];
                    number /= keys[i].len();
                }
                String::from_utf8(word).expect("ASCII letters")
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        string_of("23456789", 0..=MAX_N)
            .prop_map(|digits| Input { digits })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // 7 and 9 have four letters each: 4^4 = 256 combinations, the most there are.
                name: "keys with four letters (7 and 9), the most combinations",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    digits: gen.string(n, "79"),
                },
            },
            StressFamily {
                name: "random digits",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    digits: gen.string(n, "23456789"),
                },
            },
            StressFamily {
                name: "one digit repeated (2222)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    digits: "2".repeat(n),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("digits", input.digits.len(), 0..=MAX_N)?;
        if let Some(digit) = input.digits.chars().find(|d| !('2'..='9').contains(d)) {
            return Err(format!(
                "digits contains {digit:?}; every digit is in '2'..='9' (0 and 1 have no letters)"
            ));
        }
        Ok(())
    }

    /// Any order; a string that is not a combination is named with what is wrong in it.
    fn check(input: &Input, expected: &Vec<String>, got: &Vec<String>) -> Checked {
        let digits = input.digits.as_bytes();
        for word in got {
            if word.len() != digits.len() {
                return Err(format!(
                    "{word:?} has length {}; a combination has one letter per digit of {:?}, so length {}",
                    word.chars().count(),
                    input.digits,
                    digits.len()
                ));
            }
            for (i, (letter, &digit)) in word.bytes().zip(digits).enumerate() {
                let key = letters(digit);
                if !key.contains(&letter) {
                    return Err(format!(
                        "{word:?} has {:?} at position {i}, but digit '{}' there stands for {:?}",
                        char::from(letter),
                        char::from(digit),
                        String::from_utf8_lossy(key)
                    ));
                }
            }
        }
        check::any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> Vec<String>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_empty_gives_empty_string,
        "../../submissions/backtracking/letter_combinations_of_a_phone_number/wrong_empty_gives_empty_string.rs"
    );
    submission!(
        wrong_three_letters_per_key,
        "../../submissions/backtracking/letter_combinations_of_a_phone_number/wrong_three_letters_per_key.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_empty_gives_empty_string::Solution::letter_combinations(input.digits)
            }),
            "wrong_empty_gives_empty_string"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_three_letters_per_key::Solution::letter_combinations(input.digits)
            }),
            "wrong_three_letters_per_key"
        );
    }

    #[test]
    fn the_examples() {
        let mut got = reference("23".into());
        got.sort();
        assert_eq!(got, ["ad", "ae", "af", "bd", "be", "bf", "cd", "ce", "cf"]);
        assert!(reference(String::new()).is_empty());
        assert_eq!(reference("2".into()), ["a", "b", "c"]);
        assert_eq!(reference("7979".into()).len(), 256);
    }

    #[test]
    fn the_checker_names_the_fault() {
        let input = Input {
            digits: "23".into(),
        };
        let expected = reference("23".into());
        let mut got = expected.clone();
        got.reverse();
        assert_eq!(Problem::check(&input, &expected, &got), Ok(()));
        got[0] = "ag".into();
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert!(why.contains("'g' at position 1"), "{why}");
        got[0] = "a".into();
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert!(why.contains("has length 1"), "{why}");
        got[0] = got[1].clone();
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert!(why.contains("twice"), "{why}");
    }
}

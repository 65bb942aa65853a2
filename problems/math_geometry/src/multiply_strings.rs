//! Multiply Strings (LeetCode 43). Target: O(m·n) time, O(m + n) space: grade-school
//! multiplication, each digit pair's product added at position i + j + 1 of an m + n digit
//! result, carries resolved from the right. Inputs of up to 200 digits overflow every integer type,
//! so converting the inputs fails on its own.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub num1: String,
    pub num2: String,
}

pub struct Problem;

/// The reference: products of digit pairs added into m + n places, carried once from the right.
pub fn reference(num1: String, num2: String) -> String {
    let (a, b) = (num1.as_bytes(), num2.as_bytes());
    let mut places = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate().rev() {
        for (j, &y) in b.iter().enumerate().rev() {
            places[i + j + 1] += u32::from(x - b'0') * u32::from(y - b'0');
        }
        // Keep the sums small: carry out of row i's places before the next row adds to them.
        for k in (i..i + b.len() + 1).rev() {
            if places[k] >= 10 && k > 0 {
                places[k - 1] += places[k] / 10;
                places[k] %= 10;
            }
        }
    }
    let digits: String = places
        .iter()
        .skip_while(|&&d| d == 0)
        .map(|&d| char::from(b'0' + d as u8))
        .collect();
    if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    }
}

const MAX_LEN: usize = 200;

/// Two decimal strings (least significant digit first) added.
fn add_reversed(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0;
    for k in 0..a.len().max(b.len()) {
        let sum = a.get(k).copied().unwrap_or(0) + b.get(k).copied().unwrap_or(0) + carry;
        out.push(sum % 10);
        carry = sum / 10;
    }
    if carry > 0 {
        out.push(carry);
    }
    out
}

/// A number of `len` digits from `digit`, with no leading zero.
fn number(len: usize, gen: &mut Gen, mut digit: impl FnMut(&mut Gen) -> u8) -> String {
    let mut digits: Vec<u8> = (0..len).map(|_| digit(gen)).collect();
    if len > 1 && digits[0] == 0 {
        digits[0] = 1 + gen.int(0, 8) as u8;
    }
    digits.into_iter().map(|d| char::from(b'0' + d)).collect()
}

fn random_digit(gen: &mut Gen) -> u8 {
    gen.int(0, 9) as u8
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = String;
    const PARAMETERS: &'static [&'static str] = &["num1", "num2"];

    fn reference(input: Input) -> String {
        reference(input.num1, input.num2)
    }

    /// As on paper, row by row: num1 times one digit of num2, shifted by that digit's place, added
    /// to a running total by decimal addition.
    fn oracle(input: Input) -> String {
        let a: Vec<u8> = input.num1.bytes().rev().map(|c| c - b'0').collect();
        let mut total: Vec<u8> = vec![0];
        for (shift, y) in input.num2.bytes().rev().map(|c| c - b'0').enumerate() {
            let mut row = vec![0u8; shift];
            let mut carry = 0;
            for &x in &a {
                let product = x * y + carry;
                row.push(product % 10);
                carry = product / 10;
            }
            row.push(carry);
            total = add_reversed(&total, &row);
        }
        while total.len() > 1 && total.last() == Some(&0) {
            total.pop();
        }
        total.iter().rev().map(|&d| char::from(b'0' + d)).collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 45 digits: past u64 (20) and u128 (39) for the inputs and for their product.
        let digits = prop_oneof![
            3 => prop::collection::vec(0..=9u8, 1..=45),
            1 => prop::collection::vec(prop_oneof![Just(9u8), Just(0u8)], 1..=25),
            1 => Just(vec![0u8]),
            1 => prop::collection::vec(0..=9u8, 1..=3),
        ];
        let as_number = |mut digits: Vec<u8>| {
            if digits.len() > 1 && digits[0] == 0 {
                digits[0] = 1;
            }
            digits
                .into_iter()
                .map(|d| char::from(b'0' + d))
                .collect::<String>()
        };
        (digits.clone(), digits)
            .prop_map(move |(a, b)| Input {
                num1: as_number(a),
                num2: as_number(b),
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // `n` is the length of each number. Every digit-by-digit method is O(m·n); see the data's
        // [judge] for why no slower class is declared.
        vec![
            StressFamily {
                name: "200 nines times 200 nines (the largest carries)",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    num1: number(n, gen, |_| 9),
                    num2: number(n, gen, |_| 9),
                },
            },
            StressFamily {
                name: "two random 200-digit numbers",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    num1: number(n, gen, random_digit),
                    num2: number(n, gen, random_digit),
                },
            },
            StressFamily {
                name: "0 times a 200-digit number",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    num1: "0".to_string(),
                    num2: number(n, gen, random_digit),
                },
            },
            StressFamily {
                name: "a 200-digit number times one digit",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    num1: number(n, gen, random_digit),
                    num2: number(1, gen, |gen| gen.int(1, 9) as u8),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, num) in [("num1", &input.num1), ("num2", &input.num2)] {
            constraint::length(&format!("{name}.length"), num.len(), 1..=MAX_LEN)?;
            if let Some(bad) = num.chars().find(|c| !c.is_ascii_digit()) {
                return Err(format!(
                    "{name} = {num:?} holds {bad:?}; LeetCode gives digits only"
                ));
            }
            if num.len() > 1 && num.starts_with('0') {
                return Err(format!(
                    "{name} = {num:?} starts with a 0; LeetCode gives no leading zeros except \"0\" itself"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> String) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.num1, input.num2))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    submission!(
        wrong_through_u128,
        "../../submissions/math_geometry/multiply_strings/wrong_through_u128.rs"
    );
    submission!(
        wrong_zero_trimmed_away,
        "../../submissions/math_geometry/multiply_strings/wrong_zero_trimmed_away.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                // Overflow panics in a debug build (and wraps in the judge's optimised one); a
                // number past 39 digits does not parse at all.
                std::panic::catch_unwind(|| {
                    wrong_through_u128::Solution::multiply(input.num1, input.num2)
                })
                .unwrap_or_default()
            }),
            "wrong_through_u128"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_zero_trimmed_away::Solution::multiply(input.num1, input.num2)
            }),
            "wrong_zero_trimmed_away"
        );
    }

    #[test]
    fn the_examples() {
        let product = |a: &str, b: &str| reference(a.to_string(), b.to_string());
        assert_eq!(product("2", "3"), "6");
        assert_eq!(product("123", "456"), "56088");
        assert_eq!(product("0", "52"), "0");
        assert_eq!(product("99", "99"), "9801");
        let nines = "9".repeat(200);
        let square = product(&nines, &nines);
        assert_eq!(square, format!("{}8{}1", "9".repeat(199), "0".repeat(199)));
    }

    #[test]
    fn a_leading_zero_is_named() {
        let why = Problem::validate(&Input {
            num1: "012".into(),
            num2: "3".into(),
        })
        .unwrap_err();
        assert!(why.contains("leading zeros"), "{why}");
    }
}

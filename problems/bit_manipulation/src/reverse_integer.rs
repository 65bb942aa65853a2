//! Reverse Integer (LeetCode 7). Target: O(log |x|) = O(1) (at most 10 digits): pop the last
//! digit and push it onto the result, returning 0 the moment the next push would leave the i32
//! range. The judge checks the answers; not using 64-bit integers is on the learner's honour.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub x: i32,
}

pub struct Problem;

/// The reference: digit by digit with checked arithmetic, in i32 only.
pub fn reference(x: i32) -> i32 {
    let (mut x, mut reversed) = (x, 0i32);
    while x != 0 {
        let digit = x % 10; // negative for a negative x
        x /= 10;
        match reversed.checked_mul(10).and_then(|r| r.checked_add(digit)) {
            Some(r) => reversed = r,
            None => return 0,
        }
    }
    reversed
}

/// An i32 has at most 10 decimal digits; stress families are sized by the number of digits.
const MAX_DIGITS: usize = 10;

/// The digits of `value` in reverse order, read as a number (`u64`, so nothing overflows).
fn digits_reversed(value: u64) -> u64 {
    value
        .to_string()
        .chars()
        .rev()
        .collect::<String>()
        .parse()
        .expect("digits")
}

/// A valid x whose reverse is `r` (`r` ends in 1, so x has as many digits as r and starts with 1).
fn with_reverse(r: u64, negative: bool) -> i32 {
    let x = digits_reversed(r) as i64;
    (if negative { -x } else { x }) as i32
}

/// Named inputs: the range's ends, trailing zeros, reverses just inside and just outside the range.
const EDGES: [i32; 12] = [
    0,
    7,
    -7,
    10,
    -120,
    1_000_000_000,
    i32::MAX,
    i32::MIN,
    1_463_847_412,
    -1_463_847_412,
    1_463_847_413,
    -1_463_847_413,
];

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["x"];

    fn reference(input: Input) -> i32 {
        reference(input.x)
    }

    /// Reverses the text of |x| and reads it as an i64, then checks the range.
    fn oracle(input: Input) -> i32 {
        let magnitude = digits_reversed(u64::from(input.x.unsigned_abs())) as i64;
        let value = if input.x < 0 { -magnitude } else { magnitude };
        i32::try_from(value).unwrap_or(0)
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::sample::select(EDGES.to_vec()),
            any::<i32>(),
            -1000..=1000i32,
            // Ten-digit x whose reverse lies on either side of the i32 range's ends.
            (2_000_000_000u64..3_000_000_000, any::<bool>())
                .prop_map(|(r, negative)| with_reverse(r / 10 * 10 + 1, negative)),
        ]
        .prop_map(|x| Input { x })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random values of n digits, either sign",
                max_n: MAX_DIGITS,
                generate: |digits, gen| {
                    let low = 10i64.pow(digits.clamp(1, MAX_DIGITS) as u32 - 1);
                    let high = (low * 10 - 1).min(i64::from(i32::MAX));
                    let x = gen.int(low, high);
                    Input {
                        x: (if gen.chance(1, 2) { -x } else { x }) as i32,
                    }
                },
            },
            StressFamily {
                name: "the reverse just fits: 1463847412 -> 2147483641 at 10 digits",
                max_n: MAX_DIGITS,
                generate: |digits, _| Input {
                    x: if digits >= MAX_DIGITS {
                        1_463_847_412
                    } else {
                        (10i64.pow(digits as u32) - 1) as i32
                    },
                },
            },
            StressFamily {
                name: "the reverse just overflows: -1463847413 at 10 digits",
                max_n: MAX_DIGITS,
                generate: |digits, _| Input {
                    x: if digits >= MAX_DIGITS {
                        -1_463_847_413
                    } else {
                        -(10i64.pow(digits as u32) - 1) as i32
                    },
                },
            },
            StressFamily {
                name: "the most negative value, i32::MIN at 10 digits",
                max_n: MAX_DIGITS,
                generate: |digits, _| Input {
                    x: if digits >= MAX_DIGITS {
                        i32::MIN
                    } else {
                        -(10i64.pow(digits as u32 - 1)) as i32
                    },
                },
            },
        ]
    }

    fn validate(_input: &Input) -> Result<(), String> {
        // Every i32 is a valid input: -2^31 <= x <= 2^31 - 1 is the type itself.
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.x))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_no_overflow_check,
        "../../submissions/bit_manipulation/reverse_integer/wrong_no_overflow_check.rs"
    );
    submission!(
        runtime_error_parse_unwrap,
        "../../submissions/bit_manipulation/reverse_integer/runtime_error_parse_unwrap.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            // Tests build with overflow checks, so the overflow panics here (the judge's build
            // wraps): a panic counts as refuted, through an answer no input has (-2^31 + 1).
            crate::strategy_refutes::<Problem>(|input: Input| {
                std::panic::catch_unwind(|| wrong_no_overflow_check::Solution::reverse(input.x))
                    .unwrap_or(i32::MIN + 1)
            }),
            "wrong_no_overflow_check"
        );
        let panics = std::panic::catch_unwind(|| {
            runtime_error_parse_unwrap::Solution::reverse(1_463_847_413)
        });
        assert!(panics.is_err(), "runtime_error_parse_unwrap");
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_edges() {
        assert_eq!(reference(123), 321);
        assert_eq!(reference(-123), -321);
        assert_eq!(reference(120), 21);
        assert_eq!(reference(1_463_847_412), 2_147_483_641);
        assert_eq!(reference(-1_463_847_412), -2_147_483_641);
        assert_eq!(reference(1_463_847_413), 0);
        assert_eq!(reference(i32::MIN), 0);
        for x in EDGES {
            assert_eq!(reference(x), Problem::oracle(Input { x }), "{x}");
        }
    }

    #[test]
    fn the_boundary_strategy_lands_on_both_sides() {
        let fits = with_reverse(2_147_483_641, false);
        let overflows = with_reverse(2_147_483_651, true);
        assert_eq!(fits, 1_463_847_412);
        assert_eq!(reference(fits), 2_147_483_641);
        assert_eq!(overflows, -1_563_847_412);
        assert_eq!(reference(overflows), 0);
    }
}

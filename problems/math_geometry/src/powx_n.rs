//! Pow(x, n) (LeetCode 50). Target: O(log |n|) time, O(1) space: exponentiation by squaring on
//! the exponent's bits, with the exponent widened to i64 so that -(-2^31) fits. Answers within
//! 10^-5 of the reference's, absolutely or relatively, are accepted, as on LeetCode.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub x: f64,
    pub n: i32,
}

pub struct Problem;

/// The reference: square the base once per bit of |n|, multiplying it into the result where the
/// bit is set; a negative exponent works on 1 / x.
pub fn reference(x: f64, n: i32) -> f64 {
    let mut power = i64::from(n).unsigned_abs();
    let mut base = if n < 0 { 1.0 / x } else { x };
    let mut result = 1.0;
    while power > 0 {
        if power & 1 == 1 {
            result *= base;
        }
        base *= base;
        power >>= 1;
    }
    result
}

/// LeetCode's bound on |x| (strict).
const MAX_X: f64 = 100.0;
/// LeetCode's bound on |x^n|.
const MAX_RESULT: f64 = 10_000.0;
/// LeetCode accepts answers within 10^-5.
const TOLERANCE: f64 = 1e-5;
/// Up to this |n| the oracle multiplies |n| times.
const ORACLE_LOOP: i64 = 5_000;

/// x^n by `f64::powf` in logarithms, for validating inputs without trusting the reference.
fn magnitude(x: f64, n: i32) -> f64 {
    x.abs().powf(f64::from(n))
}

/// An x just above (or below) 1 whose power n stays within 10^4 in absolute value: 1 ± k·10^-12
/// with k·10^-12·|n| at most ~9 (e^9 ≈ 8,100).
fn near_one(gen: &mut Gen, n: i64, above: bool) -> f64 {
    let most = (9e12 / n.unsigned_abs().max(1) as f64).min(1e6) as i64;
    let step = gen.int(1, most.max(1)) as f64 * 1e-12;
    if above {
        1.0 + step
    } else {
        1.0 - step
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = f64;
    const PARAMETERS: &'static [&'static str] = &["x", "n"];

    fn reference(input: Input) -> f64 {
        reference(input.x, input.n)
    }

    /// Small |n|: multiply |n| times, then take the reciprocal for a negative n. Larger ones:
    /// `f64::powf`, the C library's pow.
    fn oracle(input: Input) -> f64 {
        let Input { x, n } = input;
        let count = i64::from(n).abs();
        if count > ORACLE_LOOP {
            return x.powf(f64::from(n));
        }
        let mut product = 1.0;
        for _ in 0..count {
            product *= x;
        }
        if n < 0 {
            1.0 / product
        } else {
            product
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // n = -2^31 is rare: each one costs a Θ(n) loop ~1.5 s before the stress cases judge it
        // too slow, and about 5 in 1,000 cases still catch `n.abs()` overflowing.
        let exponent = prop_oneof![
            100 => -12..=12i32,
            49 => -2000..=2000i32,
            1 => Just(i32::MIN),
        ];
        let base = prop_oneof![
            3 => prop::sample::select(vec![
                0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5, 10.0, -0.25
            ]),
            2 => (-30_000..=30_000i32).prop_map(|k| f64::from(k) / 10_000.0),
            1 => (-99_999..=99_999i32).prop_map(|k| f64::from(k) / 1000.0),
            1 => (1..=4000i32, any::<bool>()).prop_map(|(k, above)| {
                let step = f64::from(k) * 1e-12;
                if above { 1.0 + step } else { 1.0 - step }
            }),
        ];
        (base, exponent)
            .prop_map(|(x, n)| Input { x, n })
            .prop_filter("x^n within the constraints", |input| {
                Problem::validate(input).is_ok()
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // `n` is |exponent|: multiplying n times is Θ(n) against the reference's 31 squarings.
        const LARGEST: usize = i32::MAX as usize;
        vec![
            StressFamily {
                name: "x just above 1, n up to 2^31 - 1",
                max_n: LARGEST,
                generate: |n, gen| {
                    let n = n as i64;
                    Input {
                        x: near_one(gen, n, true),
                        n: n as i32,
                    }
                },
            },
            StressFamily {
                // At the largest size n = -2^31, whose negation does not fit an i32.
                name: "x just below 1, n down to -2^31",
                max_n: LARGEST + 1,
                generate: |n, gen| {
                    let n = -(n as i64);
                    Input {
                        x: near_one(gen, n, false),
                        n: n as i32,
                    }
                },
            },
            StressFamily {
                name: "x = -1, odd n up to 2^31 - 1",
                max_n: LARGEST,
                generate: |n, _| Input {
                    x: -1.0,
                    n: (n as i32) | 1,
                },
            },
            StressFamily {
                name: "|x| of 2 or more, n down to -2^31 (the answer underflows to 0)",
                max_n: LARGEST + 1,
                generate: |n, gen| {
                    let x = f64::from(gen.int(2000, 99_999) as i32) / 1000.0;
                    Input {
                        x: if gen.int(0, 1) == 0 { x } else { -x },
                        n: (-(n as i64)) as i32,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let Input { x, n } = *input;
        if !x.is_finite() || x.abs() >= MAX_X {
            return Err(format!("x = {x}; LeetCode keeps -100.0 < x < 100.0"));
        }
        if x == 0.0 && n <= 0 {
            return Err(format!(
                "x = 0 with n = {n}; LeetCode gives a non-zero x or a positive n"
            ));
        }
        let value = magnitude(x, n);
        if value.is_nan() || value > MAX_RESULT * (1.0 + 1e-9) {
            return Err(format!(
                "x = {x}, n = {n}: x^n is about {value:e}; LeetCode keeps -10^4 <= x^n <= 10^4"
            ));
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &f64, got: &f64) -> Checked {
        check::within_tolerance(*expected, *got, TOLERANCE)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(f64, i32) -> f64) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.x, input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    submission!(
        wrong_abs_overflows,
        "../../submissions/math_geometry/powx_n/wrong_abs_overflows.rs"
    );
    submission!(
        wrong_negative_remainder,
        "../../submissions/math_geometry/powx_n/wrong_negative_remainder.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                // `n.abs()` of -2^31 panics in a debug build (the judge's optimised build wraps
                // it to -2^31, and the loop never runs): either way not the answer.
                std::panic::catch_unwind(|| wrong_abs_overflows::Solution::my_pow(input.x, input.n))
                    .unwrap_or(f64::NAN)
            }),
            "wrong_abs_overflows"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_negative_remainder::Solution::my_pow(input.x, input.n)
            }),
            "wrong_negative_remainder"
        );
    }

    #[test]
    fn the_examples_and_the_extremes() {
        assert_eq!(reference(2.0, 10), 1024.0);
        assert!((reference(2.1, 3) - 9.261).abs() < 1e-9);
        assert_eq!(reference(2.0, -2), 0.25);
        assert_eq!(reference(1.0, i32::MIN), 1.0);
        assert_eq!(reference(-1.0, i32::MIN), 1.0);
        assert_eq!(reference(-1.0, i32::MAX), -1.0);
        assert_eq!(reference(2.0, i32::MIN), 0.0);
        assert_eq!(reference(0.0, 5), 0.0);
        assert_eq!(reference(5.0, 0), 1.0);
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_powf() {
        for family in Problem::stress() {
            for n in [family.max_n, family.max_n / 16, 1] {
                let input = (family.generate)(n, &mut Gen::new(n as u64));
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                let expected = input.x.powf(f64::from(input.n));
                let got = Problem::reference(input.clone());
                assert_eq!(Problem::check(&input, &expected, &got), Ok(()), "{input:?}");
            }
        }
        let at_min = (Problem::stress()[1].generate)(i32::MAX as usize + 1, &mut Gen::new(1));
        assert_eq!(at_min.n, i32::MIN);
    }

    #[test]
    fn broken_constraints_are_named() {
        let why = Problem::validate(&Input { x: 0.0, n: -1 }).unwrap_err();
        assert!(why.contains("non-zero x"), "{why}");
        let why = Problem::validate(&Input {
            x: 1.00001,
            n: i32::MAX,
        })
        .unwrap_err();
        assert!(why.contains("10^4"), "{why}");
        let why = Problem::validate(&Input { x: 100.0, n: 1 }).unwrap_err();
        assert!(why.contains("100.0"), "{why}");
    }
}

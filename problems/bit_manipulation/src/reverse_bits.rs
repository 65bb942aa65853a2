//! Reverse Bits (LeetCode 190), in LeetCode's current form: `i32 -> i32` with an even n of at most
//! 2^31 - 2, so that n and its reverse are both non-negative. Target: O(1): 32 positions, or one
//! `reverse_bits`. There is no slower class to reject.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// The reference: the standard library's bit reversal of all 32 bits.
pub fn reference(n: i32) -> i32 {
    n.reverse_bits()
}

/// Bit 31 is always clear (n >= 0), so stress families are sized by the 31 bits n may use.
const MAX_BITS: usize = 31;
const MAX_N: i32 = i32::MAX - 1;

/// The even values whose bits lie within the lowest `bits`: bit 0 is always clear.
fn even_mask(bits: usize) -> i32 {
    (((1i64 << bits.clamp(1, MAX_BITS)) - 1) as i32) & !1
}

/// Named patterns: the ends of the range, single bits, alternating bits, LeetCode's examples.
const EDGES: [i32; 10] = [
    0,
    2,
    4,
    MAX_N,
    1 << 30,
    (1 << 30) + 2,
    0x2AAA_AAAA,
    0x5555_5554,
    43_261_596,
    2_147_483_644,
];

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> i32 {
        reference(input.n)
    }

    /// Writes n as 32 binary digits, reverses the text and reads it back.
    fn oracle(input: Input) -> i32 {
        let digits: String = format!("{:032b}", input.n).chars().rev().collect();
        u32::from_str_radix(&digits, 2).expect("32 binary digits") as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::sample::select(EDGES.to_vec()),
            (1..31u32).prop_map(|k| 1i32 << k),
            (1..=31usize).prop_map(even_mask),
            any::<i32>().prop_map(|x| x & MAX_N & !1),
        ]
        .prop_map(|n| Input { n })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "every bit set but bit 0: 2^31 - 2 at the largest",
                max_n: MAX_BITS,
                generate: |bits, _| Input { n: even_mask(bits) },
            },
            StressFamily {
                name: "a single bit, bit 30 at the largest",
                max_n: MAX_BITS,
                generate: |bits, _| Input {
                    n: 1 << (bits.clamp(2, MAX_BITS) - 1),
                },
            },
            StressFamily {
                name: "alternating bits, 1010...10",
                max_n: MAX_BITS,
                generate: |bits, _| Input {
                    n: 0x2AAA_AAAA & even_mask(bits),
                },
            },
            StressFamily {
                name: "random even values",
                max_n: MAX_BITS,
                generate: |bits, gen| Input {
                    n: gen.int(0, i64::MAX) as i32 & even_mask(bits),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        if !(0..=MAX_N).contains(&input.n) {
            return Err(format!(
                "n = {}; LeetCode's current version gives 0 <= n <= 2^31 - 2",
                input.n
            ));
        }
        if input.n % 2 != 0 {
            return Err(format!(
                "n = {} is odd; LeetCode's current version gives an even n, so that its reverse fits in a non-negative i32",
                input.n
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_31_positions,
        "../../submissions/bit_manipulation/reverse_bits/wrong_31_positions.rs"
    );
    submission!(
        wrong_shift_after_or,
        "../../submissions/bit_manipulation/reverse_bits/wrong_shift_after_or.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_31_positions::Solution::reverse_bits(input.n)
            }),
            "wrong_31_positions"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_shift_after_or::Solution::reverse_bits(input.n)
            }),
            "wrong_shift_after_or"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_edges() {
        assert_eq!(reference(43_261_596), 964_176_192);
        assert_eq!(reference(2_147_483_644), 1_073_741_822);
        for n in EDGES {
            let reversed = reference(n);
            assert_eq!(reversed, Problem::oracle(Input { n }), "{n}");
            // The reverse of a valid input is a valid input again.
            assert_eq!(Problem::validate(&Input { n: reversed }), Ok(()), "{n}");
        }
    }

    #[test]
    fn stress_inputs_reach_the_largest_patterns() {
        let at = |i: usize| (Problem::stress()[i].generate)(MAX_BITS, &mut Gen::new(1)).n;
        assert_eq!(at(0), MAX_N);
        assert_eq!(at(1), 1 << 30);
        assert_eq!(at(2), 0x2AAA_AAAA);
    }

    #[test]
    fn odd_and_negative_inputs_are_refused() {
        let why = Problem::validate(&Input { n: 3 }).unwrap_err();
        assert!(why.contains("odd"), "{why}");
        assert!(Problem::validate(&Input { n: -2 }).is_err());
        assert!(Problem::validate(&Input { n: i32::MAX }).is_err());
    }
}

//! Number of 1 Bits (LeetCode 191). Target: O(1) time and space: at most 31 bits to look at (n is
//! positive), or one `count_ones`. There is no slower class to reject: any loop over the bits is
//! O(32).

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// The reference: the processor's population count.
pub fn reference(n: i32) -> i32 {
    n.count_ones() as i32
}

/// A positive i32 has at most 31 bits below its (clear) sign bit; stress families are sized by the
/// number of bits they may use.
const MAX_BITS: usize = 31;

/// The lowest `bits` bits set: 2^bits - 1.
fn ones(bits: usize) -> i32 {
    ((1i64 << bits.min(MAX_BITS)) - 1) as i32
}

/// Named bit patterns within 1..=2^31 - 1: the ends of the range, single bits, alternating bits.
const EDGES: [i32; 10] = [
    1,
    2,
    3,
    i32::MAX,
    1 << 30,
    (1 << 30) + 1,
    0x5555_5555,
    0x2AAA_AAAA,
    i32::MAX - 1,
    0x7FFF_FFFD,
];

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> i32 {
        reference(input.n)
    }

    /// Writes n in binary and counts the `1` characters.
    fn oracle(input: Input) -> i32 {
        format!("{:b}", input.n)
            .chars()
            .filter(|&c| c == '1')
            .count() as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::sample::select(EDGES.to_vec()),
            (0..31u32).prop_map(|k| 1i32 << k),
            (1..=31usize).prop_map(ones),
            // A random value of a random width, its top bit set.
            (1..=31u32, any::<u32>()).prop_map(|(width, bits)| {
                let top = 1u32 << (width - 1);
                ((bits & (top - 1)) | top) as i32
            }),
        ]
        .prop_map(|n| Input { n })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "all ones: 2^31 - 1 at the largest",
                max_n: MAX_BITS,
                generate: |bits, _| Input { n: ones(bits) },
            },
            StressFamily {
                name: "a single bit, the highest a positive i32 has at the largest",
                max_n: MAX_BITS,
                generate: |bits, _| Input {
                    n: 1 << (bits.clamp(1, MAX_BITS) - 1),
                },
            },
            StressFamily {
                name: "alternating bits, 0101...01",
                max_n: MAX_BITS,
                generate: |bits, _| Input {
                    n: 0x5555_5555 & ones(bits),
                },
            },
            StressFamily {
                name: "random bits below a set top bit",
                max_n: MAX_BITS,
                generate: |bits, gen| {
                    let top = 1i64 << (bits.clamp(1, MAX_BITS) - 1);
                    Input {
                        n: (top | gen.int(0, top - 1)) as i32,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        if input.n < 1 {
            return Err(format!(
                "n = {}; LeetCode's current version gives a positive n, 1 <= n <= 2^31 - 1",
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
        wrong_loop_stops_at_bit_29,
        "../../submissions/bit_manipulation/number_of_1_bits/wrong_loop_stops_at_bit_29.rs"
    );
    submission!(
        wrong_while_greater_than_one,
        "../../submissions/bit_manipulation/number_of_1_bits/wrong_while_greater_than_one.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_loop_stops_at_bit_29::Solution::hamming_weight(input.n)
            }),
            "wrong_loop_stops_at_bit_29"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_while_greater_than_one::Solution::hamming_weight(input.n)
            }),
            "wrong_while_greater_than_one"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_edges() {
        assert_eq!(reference(11), 3);
        assert_eq!(reference(128), 1);
        assert_eq!(reference(2_147_483_645), 30);
        for n in EDGES {
            assert_eq!(reference(n), Problem::oracle(Input { n }), "{n}");
        }
    }

    #[test]
    fn stress_inputs_reach_the_largest_patterns() {
        let at = |i: usize| (Problem::stress()[i].generate)(MAX_BITS, &mut Gen::new(1)).n;
        assert_eq!(at(0), i32::MAX);
        assert_eq!(at(1), 1 << 30);
        assert_eq!(at(2), 0x5555_5555);
        assert!(at(3) >= 1 << 30);
    }

    #[test]
    fn zero_and_negatives_are_refused() {
        assert!(Problem::validate(&Input { n: 0 }).is_err());
        let why = Problem::validate(&Input { n: -1 }).unwrap_err();
        assert!(why.contains("positive"), "{why}");
    }
}

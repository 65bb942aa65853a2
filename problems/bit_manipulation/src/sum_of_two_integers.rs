//! Sum of Two Integers (LeetCode 371). Target: O(1): XOR adds without carries, AND shifted left is
//! the carries; repeat until no carry is left, at most 32 rounds on wrapping 32-bit values. The
//! judge checks the answer only: the ban on `+` and `-` is on the learner's honour.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub a: i32,
    pub b: i32,
}

pub struct Problem;

/// The reference: add without carries, then add the carries, on u32 (wrapping two's complement).
pub fn reference(a: i32, b: i32) -> i32 {
    let (mut sum, mut carry) = (a as u32, b as u32);
    while carry != 0 {
        (sum, carry) = (sum ^ carry, (sum & carry) << 1);
    }
    sum as i32
}

/// Both values lie in -1000..=1000; stress families are sized by that magnitude.
const MAX_ABS: i32 = 1000;

/// Pairs at the edges: zeros, opposite signs that cancel, carries through every bit (-1 + 1).
const EDGES: [(i32, i32); 12] = [
    (0, 0),
    (1, -1),
    (-1, 1),
    (-1, -1),
    (1000, 1000),
    (-1000, -1000),
    (1000, -1000),
    (-1000, 1000),
    (1000, -1),
    (-1000, 1),
    (511, 1),
    (-512, -512),
];

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["a", "b"];

    fn reference(input: Input) -> i32 {
        reference(input.a, input.b)
    }

    /// The judge may use `+`.
    fn oracle(input: Input) -> i32 {
        input.a + input.b
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            prop::sample::select(EDGES.to_vec()),
            (-MAX_ABS..=MAX_ABS, -MAX_ABS..=MAX_ABS),
            (-8..=8i32, -8..=8i32),
        ]
        .prop_map(|(a, b)| Input { a, b })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "both positive, 1000 + 1000 at the largest",
                max_n: MAX_ABS as usize,
                generate: |n, _| Input {
                    a: n as i32,
                    b: n as i32,
                },
            },
            StressFamily {
                name: "both negative, -1000 + -1000 at the largest",
                max_n: MAX_ABS as usize,
                generate: |n, _| Input {
                    a: -(n as i32),
                    b: -(n as i32),
                },
            },
            StressFamily {
                // The carry runs up through every bit above the magnitude's before it leaves.
                name: "opposite signs that cancel, 1000 + -1000 at the largest",
                max_n: MAX_ABS as usize,
                generate: |n, _| Input {
                    a: n as i32,
                    b: -(n as i32),
                },
            },
            StressFamily {
                name: "random signs and magnitudes",
                max_n: MAX_ABS as usize,
                generate: |n, gen| {
                    let m = n as i64;
                    Input {
                        a: gen.int(-m, m) as i32,
                        b: gen.int(-m, m) as i32,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("a", input.a, -MAX_ABS..=MAX_ABS)?;
        constraint::within("b", input.b, -MAX_ABS..=MAX_ABS)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.a, input.b))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_xor_only,
        "../../submissions/bit_manipulation/sum_of_two_integers/wrong_xor_only.rs"
    );
    submission!(
        wrong_ten_rounds,
        "../../submissions/bit_manipulation/sum_of_two_integers/wrong_ten_rounds.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_xor_only::Solution::get_sum(input.a, input.b)
            }),
            "wrong_xor_only"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_ten_rounds::Solution::get_sum(input.a, input.b)
            }),
            "wrong_ten_rounds"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn every_pair_in_the_range_adds_up() {
        for a in -MAX_ABS..=MAX_ABS {
            for b in [-MAX_ABS, -1, 0, 1, 999, MAX_ABS] {
                assert_eq!(reference(a, b), a + b, "{a} + {b}");
            }
        }
    }
}

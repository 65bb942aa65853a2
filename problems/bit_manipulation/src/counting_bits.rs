//! Counting Bits (LeetCode 338). Target: O(n) time, O(1) extra space beyond the answer: i has the
//! bits of i >> 1 plus its own lowest bit, so each count is one step from one already known.
//! Counting each number's bits on its own is O(n log n), a log factor: accepted.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// The reference: ans[i] = ans[i >> 1] + (i & 1).
pub fn reference(n: i32) -> Vec<i32> {
    let n = n as usize;
    let mut ans = vec![0; n + 1];
    for i in 1..=n {
        ans[i] = ans[i >> 1] + (i & 1) as i32;
    }
    ans
}

const MAX_N: usize = 100_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.n)
    }

    /// Each number on its own, by repeated division by 2.
    fn oracle(input: Input) -> Vec<i32> {
        (0..=input.n)
            .map(|i| {
                let (mut x, mut ones) = (i, 0);
                while x > 0 {
                    ones += x % 2;
                    x /= 2;
                }
                ones
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small n, shrinking to 0; powers of two and one below them come up often.
        prop_oneof![
            0..=300i32,
            (0..=9u32).prop_map(|k| 1i32 << k),
            (1..=9u32).prop_map(|k| (1i32 << k) - 1),
        ]
        .prop_map(|n| Input { n })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "n = 10^5, the largest",
                max_n: MAX_N,
                generate: |n, _| Input { n: n as i32 },
            },
            StressFamily {
                // 2^16 - 1 = 65,535 at the largest: the answer ends on a run of ones.
                name: "n one below a power of two",
                max_n: MAX_N,
                generate: |n, _| {
                    let bits = usize::BITS - (n + 1).leading_zeros() - 1;
                    Input {
                        n: (1i32 << bits) - 1,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 0..=MAX_N as i32)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_stops_before_n,
        "../../submissions/bit_manipulation/counting_bits/wrong_stops_before_n.rs"
    );
    submission!(
        wrong_offset_by_power_of_two,
        "../../submissions/bit_manipulation/counting_bits/wrong_offset_by_power_of_two.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_stops_before_n::Solution::count_bits(input.n)
            }),
            "wrong_stops_before_n"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_offset_by_power_of_two::Solution::count_bits(input.n)
            }),
            "wrong_offset_by_power_of_two"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_largest() {
        assert_eq!(reference(2), vec![0, 1, 1]);
        assert_eq!(reference(5), vec![0, 1, 1, 2, 1, 2]);
        assert_eq!(reference(0), vec![0]);
        let largest = reference(MAX_N as i32);
        assert_eq!(largest, Problem::oracle(Input { n: MAX_N as i32 }));
        let below = (Problem::stress()[1].generate)(MAX_N, &mut Gen::new(0));
        assert_eq!(below.n, 65_535);
    }
}

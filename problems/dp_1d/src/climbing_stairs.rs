//! Climbing Stairs (LeetCode 70). Target: O(n) time, O(1) space: the count for n steps is the sum of
//! the counts for n - 1 and n - 2 (the last move was one step or two), kept in two variables.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// The reference: two rolling counts, ways(i - 2) and ways(i - 1).
pub fn reference(n: i32) -> i32 {
    let (mut before, mut last) = (1i32, 1i32); // ways(0), ways(1)
    for _ in 2..=n {
        (before, last) = (last, before + last);
    }
    last
}

/// LeetCode's bound: ways(45) = 1,836,311,903 still fits in an i32; ways(46) would not.
const MAX_N: i32 = 45;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> i32 {
        reference(input.n)
    }

    /// Counts by how many two-steps a climb uses: with k of them there are n - k moves in all, and
    /// any k of those moves may be the two-steps, so C(n - k, k) climbs. No recurrence involved.
    fn oracle(input: Input) -> i32 {
        let n = u128::from(input.n.unsigned_abs());
        let choose = |total: u128, k: u128| -> u128 {
            (0..k).fold(1u128, |acc, i| acc * (total - i) / (i + 1))
        };
        let ways: u128 = (0..=n / 2).map(|k| choose(n - k, k)).sum();
        i32::try_from(ways).expect("ways(n) fits in an i32 for n <= 45")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 30: a plain recursion (about 1.6 million calls at 30) still answers these in a few
        // milliseconds, so it is the stress case at n = 45 that exposes it.
        (1..=30i32).prop_map(|n| Input { n }).boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![StressFamily {
            // The whole input is n: the largest allowed is the adversarial one. A recursion
            // without a memo makes ways(45) ~ 3.7 * 10^9 calls here.
            name: "n = 45, the largest",
            max_n: MAX_N as usize,
            generate: |n, _| Input { n: n as i32 },
        }]
    }

    fn validate(input: &Input) -> Result<(), String> {
        if !(1..=MAX_N).contains(&input.n) {
            return Err(format!("n = {}; allowed 1..={MAX_N}", input.n));
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

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_largest_answer_fits() {
        assert_eq!(reference(45), 1_836_311_903);
        assert_eq!(Problem::oracle(Input { n: 45 }), 1_836_311_903);
    }
}

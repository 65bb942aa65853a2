//! Happy Number (LeetCode 202). Target: O(log n) time, O(1) space: the sum of the squares of the
//! digits falls below 243 after one step, and Floyd's slow and fast walkers find whether the walk
//! reaches 1 or a cycle without remembering the values seen.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
}

pub struct Problem;

/// The sum of the squares of the decimal digits of `n`.
fn step(mut n: i64) -> i64 {
    let mut sum = 0;
    while n > 0 {
        let digit = n % 10;
        sum += digit * digit;
        n /= 10;
    }
    sum
}

/// The reference: Floyd's cycle detection on the walk n, step(n), step(step(n)), ...; the walk is
/// happy when the meeting point is 1 (1 is a cycle of length one).
pub fn reference(n: i32) -> bool {
    let mut slow = i64::from(n);
    let mut fast = step(slow);
    while fast != 1 && slow != fast {
        slow = step(slow);
        fast = step(step(fast));
    }
    fast == 1
}

const MAX_N: i64 = i32::MAX as i64;

/// A random n in `high / 2..=high` (at least 1..=10) that is happy (or not), drawn until one is.
fn drawn(gen: &mut Gen, high: i64, happy: bool) -> Input {
    let high = high.max(10);
    let low = high / 2;
    loop {
        let n = gen.int(low, high) as i32;
        if reference(n) == happy {
            return Input { n };
        }
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["n"];

    fn reference(input: Input) -> bool {
        reference(input.n)
    }

    /// Another fact, not cycle detection: every unhappy walk enters the cycle through 4
    /// (4, 16, 37, 58, 89, 145, 42, 20), so walk until 1 or 4 appears.
    fn oracle(input: Input) -> bool {
        let mut n = i64::from(input.n);
        while n != 1 && n != 4 {
            n = step(n);
        }
        n == 1
    }

    fn strategy() -> BoxedStrategy<Input> {
        prop_oneof![
            3 => 1..=200i32,
            1 => 1..=i32::MAX,
        ]
        .prop_map(|n| Input { n })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // The walk drops below 243 after one step, so every method is O(log n) plus a constant:
        // these families are for correctness at the largest values (see the data's [judge]).
        vec![
            StressFamily {
                name: "happy numbers near 2^31",
                max_n: MAX_N as usize,
                generate: |n, gen| drawn(gen, n as i64, true),
            },
            StressFamily {
                name: "unhappy numbers near 2^31",
                max_n: MAX_N as usize,
                generate: |n, gen| drawn(gen, n as i64, false),
            },
            StressFamily {
                name: "n = 2^31 - 1 and its neighbours",
                max_n: MAX_N as usize,
                generate: |n, gen| Input {
                    n: (n as i64 - gen.int(0, 9)).max(1) as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=i32::MAX)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    submission!(
        wrong_single_digit,
        "../../submissions/math_geometry/happy_number/wrong_single_digit.rs"
    );
    submission!(
        wrong_loop_never_starts,
        "../../submissions/math_geometry/happy_number/wrong_loop_never_starts.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_single_digit::Solution::is_happy(input.n)
            }),
            "wrong_single_digit"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_loop_never_starts::Solution::is_happy(input.n)
            }),
            "wrong_loop_never_starts"
        );
    }

    #[test]
    fn the_examples_and_small_numbers() {
        assert!(reference(19));
        assert!(!reference(2));
        assert!(reference(1));
        assert!(reference(7));
        assert!(!reference(4));
        let happy: Vec<i32> = (1..=50).filter(|&n| reference(n)).collect();
        assert_eq!(happy, vec![1, 7, 10, 13, 19, 23, 28, 31, 32, 44, 49]);
        assert!(reference(i32::MAX) == Problem::oracle(Input { n: i32::MAX }));
    }

    #[test]
    fn the_cycle_detection_agrees_with_the_walk_to_4() {
        for n in 1..=20_000 {
            assert_eq!(reference(n), Problem::oracle(Input { n }), "{n}");
        }
    }
}

//! Unique Paths (LeetCode 62). Target: O(m·n) time, O(n) space: the number of paths to a cell is
//! the number to the cell above plus the number to the cell on its left, kept one row at a time.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub m: i32,
    pub n: i32,
}

pub struct Problem;

/// The reference: `paths[c]` holds the count for column c of the current row; adding the count on
/// the left turns the row above into this one.
pub fn reference(m: i32, n: i32) -> i32 {
    let mut paths = vec![1i32; n as usize];
    for _ in 1..m {
        for c in 1..paths.len() {
            paths[c] += paths[c - 1];
        }
    }
    paths[n as usize - 1]
}

const MAX_SIDE: i32 = 100;
/// LeetCode's promise: no test has more than this many paths.
const MAX_ANSWER: u128 = 2_000_000_000;

/// C(m + n - 2, m - 1), the number of ways to place the m - 1 downward moves among all m + n - 2
/// moves, or `None` once it passes `MAX_ANSWER` (C(198, 99) would not fit even in a u128).
fn paths_by_counting(m: i32, n: i32) -> Option<u128> {
    let (short, long) = (m.min(n) as u128 - 1, m.max(n) as u128 - 1);
    let mut count = 1u128;
    for i in 1..=short {
        // count = C(long + i - 1, i - 1) here; each step stays a whole number.
        count = count * (long + i) / i;
        if count > MAX_ANSWER {
            return None;
        }
    }
    Some(count)
}

/// The widest grid with `long` rows whose answer keeps LeetCode's promise.
fn widest(long: usize) -> i32 {
    (1..=MAX_SIDE)
        .rev()
        .find(|&short| paths_by_counting(long as i32, short).is_some())
        .expect("a single column always fits")
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["m", "n"];

    fn reference(input: Input) -> i32 {
        reference(input.m, input.n)
    }

    /// Counts with the binomial coefficient instead of a table.
    fn oracle(input: Input) -> i32 {
        let count = paths_by_counting(input.m, input.n).expect("validated: the answer fits");
        i32::try_from(count).expect("at most 2 * 10^9")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 12 by 12 (705,432 paths): a recursion without a memo still answers these in a
        // few milliseconds, so the stress cases are what expose it. Thin grids (1 or 2 wide) come
        // up often.
        (1..=12i32, 1..=12i32)
            .prop_map(|(m, n)| Input { m, n })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo (one call per path and more:
                // 601,080,390 paths at 17 by 17) is stopped after 200 ms; 18 by 18 would break
                // the promise.
                name: "square grids up to 17 by 17 (exposes a recursion without a memo)",
                max_n: 17,
                generate: |n, _| Input {
                    m: n as i32,
                    n: n as i32,
                },
            },
            StressFamily {
                // The largest tables the promise allows: 100 rows by 7 columns, 1,609,344,100 paths.
                name: "100 rows and the most columns that keep the answer at most 2 * 10^9",
                max_n: MAX_SIDE as usize,
                generate: |n, _| Input {
                    m: n as i32,
                    n: widest(n),
                },
            },
            StressFamily {
                // The same grids turned: a row of 100 columns rolled 7 times.
                name: "100 columns and the most rows that keep the answer at most 2 * 10^9",
                max_n: MAX_SIDE as usize,
                generate: |n, _| Input {
                    m: widest(n),
                    n: n as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("m", input.m, 1..=MAX_SIDE)?;
        constraint::within("n", input.n, 1..=MAX_SIDE)?;
        if paths_by_counting(input.m, input.n).is_none() {
            return Err(format!(
                "m = {}, n = {}: more than 2 * 10^9 paths; LeetCode's tests keep the answer at most 2 * 10^9",
                input.m, input.n
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.m, input.n))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_largest_answers() {
        assert_eq!(reference(3, 7), 28);
        assert_eq!(reference(3, 2), 3);
        assert_eq!(reference(17, 17), 601_080_390);
        assert_eq!(reference(100, 7), 1_609_344_100);
        assert_eq!(reference(7, 100), 1_609_344_100);
    }

    #[test]
    fn the_promise_is_enforced() {
        assert!(Problem::validate(&Input { m: 18, n: 18 }).is_err());
        assert!(Problem::validate(&Input { m: 100, n: 100 }).is_err());
        assert!(Problem::validate(&Input { m: 100, n: 8 }).is_err());
        assert!(Problem::validate(&Input { m: 100, n: 7 }).is_ok());
        assert!(Problem::validate(&Input { m: 0, n: 7 }).is_err());
        assert_eq!(widest(100), 7);
    }

    #[test]
    fn the_reference_agrees_with_counting_at_stress_sizes() {
        for family in Problem::stress() {
            for n in 1..=family.max_n {
                let input = (family.generate)(n, &mut Gen::new(0));
                assert_eq!(
                    reference(input.m, input.n),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}

//! Valid Parenthesis String (LeetCode 678). Target: O(n) time, O(1) space: keep the smallest and the
//! largest number of open brackets that some choice for the stars so far can leave.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: every count between `low` and `high` is reachable, so the pair is enough.
pub fn reference(s: String) -> bool {
    let (mut low, mut high) = (0i32, 0i32);
    for b in s.bytes() {
        match b {
            b'(' => {
                low += 1;
                high += 1;
            }
            b')' => {
                low -= 1;
                high -= 1;
            }
            _ => {
                low -= 1;
                high += 1;
            }
        }
        if high < 0 {
            return false;
        }
        low = low.max(0);
    }
    low == 0
}

const MAX_N: usize = 100;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> bool {
        reference(input.s)
    }

    /// The set of open counts reachable after each character, kept as a vector of flags: a star
    /// branches three ways, a count never goes below zero (O(n²)).
    fn oracle(input: Input) -> bool {
        let n = input.s.len();
        let mut reachable = vec![false; n + 2];
        reachable[0] = true;
        for b in input.s.bytes() {
            let mut next = vec![false; n + 2];
            let counts = reachable.iter().enumerate().filter(|&(_, &r)| r);
            for open in counts.map(|(open, _)| open) {
                let mut mark = |count: Option<usize>| {
                    if let Some(c) = count {
                        next[c] = true;
                    }
                };
                let up = Some(open + 1);
                let down = open.checked_sub(1);
                match b {
                    b'(' => mark(up),
                    b')' => mark(down),
                    _ => {
                        mark(up);
                        mark(down);
                        mark(Some(open));
                    }
                }
            }
            reachable = next;
        }
        reachable[0]
    }

    fn strategy() -> BoxedStrategy<Input> {
        string_of("()*", 1..=16).prop_map(|s| Input { s }).boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A search over what each star means tries 3^99 choices before giving up.
                name: "stars, then one '(' that nothing closes (false)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: "*".repeat(n - 1) + "(",
                },
            },
            StressFamily {
                name: "only stars",
                max_n: MAX_N,
                generate: |n, _| Input { s: "*".repeat(n) },
            },
            StressFamily {
                name: "opens, then as many stars (true)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: "(".repeat(n / 2) + &"*".repeat(n - n / 2),
                },
            },
            StressFamily {
                name: "random brackets and stars",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, "()*"),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_N)?;
        match input
            .s
            .char_indices()
            .find(|(_, c)| !matches!(c, '(' | ')' | '*'))
        {
            Some((at, c)) => Err(format!("s[{at}] = {c:?}; s holds only '(', ')' and '*'")),
            None => Ok(()),
        }
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_star_only_open,
        "../../submissions/greedy/valid_parenthesis_string/wrong_star_only_open.rs"
    );
    submission!(
        wrong_counts_only,
        "../../submissions/greedy/valid_parenthesis_string/wrong_counts_only.rs"
    );
    submission!(
        wrong_low_not_clamped,
        "../../submissions/greedy/valid_parenthesis_string/wrong_low_not_clamped.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_star_only_open::Solution::check_valid_string(input.s)
            }),
            "wrong_star_only_open"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_counts_only::Solution::check_valid_string(input.s)
            }),
            "wrong_counts_only"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_low_not_clamped::Solution::check_valid_string(input.s)
            }),
            "wrong_low_not_clamped"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert!(reference("()".into()));
        assert!(reference("(*)".into()));
        assert!(reference("(*))".into()));
        assert!(!reference("*(".into()));
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            for seed in 0..5 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                assert_eq!(reference(input.s.clone()), Problem::oracle(input));
            }
        }
    }
}

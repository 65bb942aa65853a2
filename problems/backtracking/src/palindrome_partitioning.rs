//! Palindrome Partitioning (LeetCode 131). Target: a table of which substrings are palindromes,
//! then a depth-first search that cuts off one palindromic prefix at a time: O(n·2^n) for n
//! letters, proportional to the output. The partitions may come in any order; each keeps its parts
//! in the order they appear in `s`, and one that is not a partition of `s` into palindromes is
//! named with its fault.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// Cuts every palindromic prefix of `s[start..]` off in turn; `parts` holds the cuts so far.
fn cut(
    s: &str,
    palindrome: &[Vec<bool>],
    start: usize,
    parts: &mut Vec<String>,
    out: &mut Vec<Vec<String>>,
) {
    if start == s.len() {
        out.push(parts.clone());
        return;
    }
    for end in start..s.len() {
        if palindrome[start][end] {
            parts.push(s[start..=end].to_string());
            cut(s, palindrome, end + 1, parts, out);
            parts.pop();
        }
    }
}

/// The reference, with LeetCode's signature.
pub fn reference(s: String) -> Vec<Vec<String>> {
    let bytes = s.as_bytes();
    let n = bytes.len();
    // palindrome[i][j]: s[i..=j] is one, from the shorter s[i + 1..j].
    let mut palindrome = vec![vec![false; n]; n];
    for i in (0..n).rev() {
        for j in i..n {
            palindrome[i][j] = bytes[i] == bytes[j] && (j - i < 2 || palindrome[i + 1][j - 1]);
        }
    }
    let mut out = Vec::new();
    cut(&s, &palindrome, 0, &mut Vec::new(), &mut out);
    out
}

const MAX_N: usize = 16;

fn is_palindrome(part: &str) -> bool {
    part.chars().eq(part.chars().rev())
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<String>>;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> Vec<Vec<String>> {
        reference(input.s)
    }

    /// Every way to cut `s` (one bit per gap between letters), kept when every part reads the
    /// same reversed.
    fn oracle(input: Input) -> Vec<Vec<String>> {
        let s = input.s;
        let gaps = s.len() - 1;
        (0..1usize << gaps)
            .map(|cuts| {
                let mut parts = Vec::new();
                let mut start = 0;
                for gap in 0..gaps {
                    if cuts >> gap & 1 == 1 {
                        parts.push(s[start..=gap].to_string());
                        start = gap + 1;
                    }
                }
                parts.push(s[start..].to_string());
                parts
            })
            .filter(|parts| parts.iter().all(|part| is_palindrome(part)))
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few letters, so that palindromes longer than one letter are common, and some that are
        // equal only at their ends ("abca").
        prop_oneof![string_of("ab", 1..=8), string_of("abc", 1..=8)]
            .prop_map(|s| Input { s })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every substring is a palindrome: all 2^15 ways to cut 16 letters are answers.
                name: "all 'a' (every cut works: 2^(n-1) partitions)",
                max_n: MAX_N,
                generate: |n, _| Input { s: "a".repeat(n) },
            },
            StressFamily {
                // One partition (all single letters): cheap for a search that only follows
                // palindromes, 2^(n-1) candidates for one that tries every way to cut.
                name: "n different letters (one partition)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: "abcdefghijklmnopqrstuvwxyz"[..n].to_string(),
                },
            },
            StressFamily {
                name: "ababab... (odd palindromes everywhere)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: "ab".repeat(n).chars().take(n).collect(),
                },
            },
            StressFamily {
                name: "random letters from 'ab'",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, "ab"),
                },
            },
            StressFamily {
                name: "random letters from 'a' to 'z'",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, "abcdefghijklmnopqrstuvwxyz"),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_N)?;
        if let Some(letter) = input.s.chars().find(|c| !c.is_ascii_lowercase()) {
            return Err(format!(
                "s contains {letter:?}; it is made of lowercase English letters"
            ));
        }
        Ok(())
    }

    /// Any order of the partitions; a partition that is not one of `s` into palindromes is named
    /// with what is wrong in it.
    fn check(input: &Input, expected: &Vec<Vec<String>>, got: &Vec<Vec<String>>) -> Checked {
        for parts in got {
            if let Some(part) = parts.iter().find(|part| part.is_empty()) {
                return Err(format!(
                    "{parts:?} has an empty part {part:?}; every part has at least one letter"
                ));
            }
            let joined = parts.concat();
            if joined != input.s {
                return Err(format!(
                    "{parts:?} joins to {joined:?}, not s = {:?}: the parts must be cut from s in order, each letter used once",
                    input.s
                ));
            }
            if let Some(part) = parts.iter().find(|part| !is_palindrome(part)) {
                return Err(format!(
                    "{parts:?} has the part {part:?}, which is not a palindrome"
                ));
            }
        }
        check::any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> Vec<Vec<String>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_no_pop,
        "../../submissions/backtracking/palindrome_partitioning/wrong_no_pop.rs"
    );
    submission!(
        wrong_ends_only,
        "../../submissions/backtracking/palindrome_partitioning/wrong_ends_only.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_no_pop::Solution::partition(input.s)
            }),
            "wrong_no_pop"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_ends_only::Solution::partition(input.s)
            }),
            "wrong_ends_only"
        );
    }

    fn strings(parts: &[&[&str]]) -> Vec<Vec<String>> {
        parts
            .iter()
            .map(|p| p.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn the_examples() {
        let got = reference("aab".into());
        assert_eq!(got, strings(&[&["a", "a", "b"], &["aa", "b"]]));
        assert_eq!(reference("a".into()), strings(&[&["a"]]));
        assert_eq!(reference("a".repeat(MAX_N)).len(), 1 << (MAX_N - 1));
    }

    #[test]
    fn the_checker_names_the_fault() {
        let input = Input { s: "aab".into() };
        let expected = reference("aab".into());
        let reversed: Vec<Vec<String>> = expected.iter().rev().cloned().collect();
        assert_eq!(Problem::check(&input, &expected, &reversed), Ok(()));
        let why = Problem::check(
            &input,
            &expected,
            &strings(&[&["b", "aa"], &["a", "a", "b"]]),
        )
        .unwrap_err();
        assert!(why.contains("joins to \"baa\""), "{why}");
        let why =
            Problem::check(&input, &expected, &strings(&[&["a", "ab"], &["aa", "b"]])).unwrap_err();
        assert!(why.contains("\"ab\", which is not a palindrome"), "{why}");
        let why =
            Problem::check(&input, &expected, &strings(&[&["aa", "b"], &["aa", "b"]])).unwrap_err();
        assert!(why.contains("appears twice"), "{why}");
    }

    #[test]
    fn stress_inputs_agree_with_the_oracle() {
        for family in Problem::stress() {
            let input = (family.generate)(12, &mut Gen::new(3));
            let mut want = Problem::oracle(input.clone());
            let mut got = reference(input.s);
            want.sort();
            got.sort();
            assert_eq!(got, want, "{}", family.name);
        }
    }
}

//! Longest Palindromic Substring (LeetCode 5). Target: O(n²) time, O(1) space: expand around each
//! of the 2n - 1 centres and keep the longest. Several answers can be right (any longest palindrome),
//! so the checker accepts any palindromic substring of the longest length.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: the widest expansion over all centres (the leftmost among equals).
pub fn reference(s: String) -> String {
    let bytes = s.as_bytes();
    let n = bytes.len();
    let (mut start, mut len) = (0, 1);
    for centre in 0..2 * n - 1 {
        let (mut left, mut right) = (centre / 2, centre / 2 + centre % 2);
        while right < n && bytes[left] == bytes[right] {
            if right - left + 1 > len {
                (start, len) = (left, right - left + 1);
            }
            if left == 0 {
                break;
            }
            left -= 1;
            right += 1;
        }
    }
    s[start..start + len].to_string()
}

const MAX_N: usize = 1000;
/// Large enough that a recursion without a memo is stopped at once.
const RECURSION_N: usize = 40;
const ALPHANUMERIC: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn is_palindrome(text: &[u8]) -> bool {
    text.iter().eq(text.iter().rev())
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = String;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> String {
        reference(input.s)
    }

    /// Small inputs: every substring compared with its reverse, the longest kept. Stress sizes: the
    /// interval table (s[i..=j] is a palindrome when its ends match and s[i+1..j] is one).
    fn oracle(input: Input) -> String {
        let s = input.s.as_bytes();
        let n = s.len();
        let (mut start, mut len) = (0, 0);
        if n <= 60 {
            for i in 0..n {
                for j in i..n {
                    if j + 1 - i > len && is_palindrome(&s[i..=j]) {
                        (start, len) = (i, j + 1 - i);
                    }
                }
            }
        } else {
            let mut palindrome = vec![vec![false; n]; n];
            for width in 1..=n {
                for i in 0..=n - width {
                    let j = i + width - 1;
                    palindrome[i][j] = s[i] == s[j] && (width <= 2 || palindrome[i + 1][j - 1]);
                    if palindrome[i][j] && width > len {
                        (start, len) = (i, width);
                    }
                }
            }
        }
        input.s[start..start + len].to_string()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few letters make long palindromes and ties between several of the longest; up to 12
        // keeps a recursion without a memo fast here, so the stress cases are what expose it.
        prop_oneof![
            string_of("ab", 1..=12),
            string_of("abc", 1..=12),
            string_of(ALPHANUMERIC, 1..=12),
        ]
        .prop_map(|s| Input { s })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        // No random strings at stress sizes: on them the expansions stop at once, the reference
        // runs in O(n), and an O(n²) interval table (a right answer at the target) would look
        // 100-200x slower. Every family here makes the reference do its Θ(n²) work.
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms.
                name: "40 letters a and b (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    s: gen.string(n, "ab"),
                },
            },
            StressFamily {
                // Every substring is a palindrome: every check of every substring runs to the end.
                name: "all 'a' (the whole string is the answer)",
                max_n: MAX_N,
                generate: |n, _| Input { s: "a".repeat(n) },
            },
            StressFamily {
                // Alternating letters: every odd-length centre expands to an end of the string.
                name: "abab... (alternating letters)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: (0..n).map(|i| if i % 2 == 0 { 'a' } else { 'b' }).collect(),
                },
            },
            StressFamily {
                // Period 3: long palindromes around two kinds of centre.
                name: "aabaab... (period 3)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: (0..n).map(|i| if i % 3 == 2 { 'b' } else { 'a' }).collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_N)?;
        if let Some(bad) = input.s.chars().find(|c| !c.is_ascii_alphanumeric()) {
            return Err(format!(
                "s contains {bad:?}; only English letters and digits are allowed"
            ));
        }
        Ok(())
    }

    /// Any longest palindrome is right: the answer must be a piece of `s`, read the same both ways,
    /// and be as long as the longest one.
    fn check(input: &Input, expected: &String, got: &String) -> Checked {
        if !input.s.contains(got.as_str()) {
            return Err(format!("{got:?} is not a substring of s"));
        }
        if got.is_empty() {
            return Err(format!(
                "the empty string is not an answer; a palindrome of length {} exists",
                expected.len()
            ));
        }
        if !is_palindrome(got.as_bytes()) {
            return Err(format!("{got:?} is not a palindrome"));
        }
        if got.len() != expected.len() {
            return Err(format!(
                "a palindrome of length {} exists ({expected:?}); this one has length {}",
                expected.len(),
                got.len()
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> String) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_reference_agrees_with_the_interval_table_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                let expected = Problem::oracle(input.clone());
                let got = reference(input.s.clone());
                assert_eq!(Problem::check(&input, &expected, &got), Ok(()));
            }
        }
    }

    #[test]
    fn the_checker_accepts_any_longest_palindrome_and_says_why_others_are_wrong() {
        let input = Input {
            s: "babad".to_string(),
        };
        let expected = "bab".to_string();
        assert_eq!(
            Problem::check(&input, &expected, &"aba".to_string()),
            Ok(())
        );
        let why = |got: &str| Problem::check(&input, &expected, &got.to_string()).unwrap_err();
        assert!(why("bad").contains("not a palindrome"), "{}", why("bad"));
        assert!(why("b").contains("length 3 exists"), "{}", why("b"));
        assert!(why("dad").contains("not a substring"), "{}", why("dad"));
        assert!(why("").contains("empty"), "{}", why(""));
    }
}

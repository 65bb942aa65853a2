//! Palindromic Substrings (LeetCode 647). Target: O(n²) time, O(1) space: expand around each of the
//! 2n - 1 centres (a letter, or the gap between two letters) while the ends match.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
}

pub struct Problem;

/// The reference: every palindrome has one centre; count the expansions that still match.
pub fn reference(s: String) -> i32 {
    let s = s.as_bytes();
    let n = s.len();
    let mut count = 0;
    for centre in 0..2 * n - 1 {
        let (mut left, mut right) = (centre / 2, centre / 2 + centre % 2);
        while right < n && s[left] == s[right] {
            count += 1;
            if left == 0 {
                break;
            }
            left -= 1;
            right += 1;
        }
    }
    count
}

const MAX_N: usize = 1000;
/// Large enough that a recursion without a memo is stopped at once.
const RECURSION_N: usize = 40;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["s"];

    fn reference(input: Input) -> i32 {
        reference(input.s)
    }

    /// Small inputs: every substring compared with its reverse. Stress sizes: the interval table
    /// (s[i..=j] is a palindrome when its ends match and s[i+1..j] is one), filled by length.
    fn oracle(input: Input) -> i32 {
        let s = input.s.as_bytes();
        let n = s.len();
        if n <= 60 {
            let mut count = 0;
            for i in 0..n {
                for j in i..n {
                    let piece = &s[i..=j];
                    count += i32::from(piece.iter().eq(piece.iter().rev()));
                }
            }
            return count;
        }
        let mut palindrome = vec![vec![false; n]; n];
        let mut count = 0;
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                palindrome[i][j] = s[i] == s[j] && (len <= 2 || palindrome[i + 1][j - 1]);
                count += i32::from(palindrome[i][j]);
            }
        }
        count
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few letters make long palindromes; up to 12 letters keeps a recursion without a memo
        // fast here, so the stress cases are what expose it.
        prop_oneof![
            string_of("ab", 1..=12),
            string_of("abc", 1..=12),
            string_of("abcdefghijklmnopqrstuvwxyz", 1..=12),
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
                // n(n + 1) / 2 = 500,500 palindromes: every check of every substring runs to the end.
                name: "all 'a' (every substring is a palindrome)",
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
        if let Some(bad) = input.s.chars().find(|c| !c.is_ascii_lowercase()) {
            return Err(format!(
                "s contains {bad:?}; only lowercase English letters are allowed"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String) -> i32) -> ! {
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
                assert_eq!(reference(input.s.clone()), Problem::oracle(input));
            }
        }
        assert_eq!(reference("a".repeat(1000)), 500_500);
    }
}

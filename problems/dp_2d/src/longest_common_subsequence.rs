//! Longest Common Subsequence (LeetCode 1143). Target: O(m·n) time, O(n) space: the answer for the
//! prefixes text1[..i] and text2[..j] comes from the diagonal plus one when their last letters
//! match, or else from the better of dropping either last letter; one row of the table is kept.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub text1: String,
    pub text2: String,
}

pub struct Problem;

/// The reference: `row[j]` is the answer for the current prefix of text1 and text2[..j];
/// `diagonal` keeps the previous row's row[j - 1] before it is overwritten.
pub fn reference(text1: String, text2: String) -> i32 {
    let (a, b) = (text1.as_bytes(), text2.as_bytes());
    let mut row = vec![0i32; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for j in 1..=b.len() {
            let above = row[j];
            row[j] = if x == b[j - 1] {
                diagonal + 1
            } else {
                above.max(row[j - 1])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

const MAX_N: usize = 1000;
const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
/// Two strings this long with no letter in common make a recursion without a memo take
/// C(40, 20) > 10^11 paths, while the reference takes well under a microsecond.
const RECURSION_N: usize = 20;

/// Whether `small` can be read in `big` left to right, skipping letters.
fn is_subsequence(small: &[u8], big: &[u8]) -> bool {
    let mut rest = big.iter();
    small.iter().all(|x| rest.any(|y| y == x))
}

/// Small inputs: every subset of the shorter string (a bit mask), kept when the other contains it.
fn by_enumeration(a: &[u8], b: &[u8]) -> i32 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    (0u32..1 << short.len())
        .filter(|mask| {
            let chosen: Vec<u8> = (0..short.len())
                .filter(|&i| mask & (1 << i) != 0)
                .map(|i| short[i])
                .collect();
            is_subsequence(&chosen, long)
        })
        .map(u32::count_ones)
        .max()
        .expect("the empty subsequence is always common") as i32
}

/// Stress sizes (Hunt and Szymanski): every matching pair (i, j), taken by increasing i and, within
/// one i, by decreasing j, is a value; a common subsequence is a chain of pairs increasing in both,
/// which is exactly a strictly increasing subsequence of those j values. Patience sorting finds
/// its length.
fn by_increasing_matches(a: &[u8], b: &[u8]) -> i32 {
    let mut positions: Vec<Vec<usize>> = vec![Vec::new(); 256];
    for (j, &y) in b.iter().enumerate().rev() {
        positions[usize::from(y)].push(j);
    }
    let mut tails: Vec<usize> = Vec::new();
    for &x in a {
        for &j in &positions[usize::from(x)] {
            let k = tails.partition_point(|&t| t < j);
            if k == tails.len() {
                tails.push(j);
            } else {
                tails[k] = j;
            }
        }
    }
    tails.len() as i32
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["text1", "text2"];

    fn reference(input: Input) -> i32 {
        reference(input.text1, input.text2)
    }

    fn oracle(input: Input) -> i32 {
        let (a, b) = (input.text1.as_bytes(), input.text2.as_bytes());
        if a.len().min(b.len()) <= 14 {
            by_enumeration(a, b)
        } else {
            by_increasing_matches(a, b)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 10 letters from three, so that letters repeat and many alignments compete; a
        // recursion without a memo still answers these quickly, so the stress cases expose it.
        (string_of("abc", 1..=10), string_of("abc", 1..=10))
            .prop_map(|(text1, text2)| Input { text1, text2 })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped after 200 ms: with no
                // letter in common, it tries every way of dropping letters from both ends.
                name: "no letter in common, 20 and 20 (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    text1: gen.string(n, "abcdefghijklm"),
                    text2: gen.string(n, "nopqrstuvwxyz"),
                },
            },
            StressFamily {
                name: "random lowercase, 1000 and 1000",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    text1: gen.string(n, LOWERCASE),
                    text2: gen.string(n, LOWERCASE),
                },
            },
            StressFamily {
                // Two letters: about half of all pairs match, so the answer is long (~800).
                name: "random over a and b, 1000 and 1000",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    text1: gen.string(n, "ab"),
                    text2: gen.string(n, "ab"),
                },
            },
            StressFamily {
                // The answer is the whole string: a top-down memo recurses 1000 deep.
                name: "the same random string twice, 1000 letters",
                max_n: MAX_N,
                generate: |n, gen| {
                    let text = gen.string(n, LOWERCASE);
                    Input {
                        text1: text.clone(),
                        text2: text,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, text) in [("text1", &input.text1), ("text2", &input.text2)] {
            constraint::length(name, text.len(), 1..=MAX_N)?;
            if let Some(bad) = text.chars().find(|c| !c.is_ascii_lowercase()) {
                return Err(format!(
                    "{name} holds {bad:?}; only lowercase English letters are allowed"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.text1, input.text2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcs(a: &str, b: &str) -> i32 {
        reference(a.to_string(), b.to_string())
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(lcs("abcde", "ace"), 3);
        assert_eq!(lcs("abc", "abc"), 3);
        assert_eq!(lcs("abc", "def"), 0);
        assert_eq!(lcs("cab", "abc"), 2);
    }

    #[test]
    fn the_two_oracles_agree_on_small_inputs() {
        let mut gen = Gen::new(1);
        for _ in 0..500 {
            let (m, n) = (gen.int(1, 12) as usize, gen.int(1, 12) as usize);
            let (a, b) = (gen.string(m, "abcd"), gen.string(n, "abcd"));
            assert_eq!(
                by_enumeration(a.as_bytes(), b.as_bytes()),
                by_increasing_matches(a.as_bytes(), b.as_bytes()),
                "{a} {b}"
            );
        }
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.text1.clone(), input.text2.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }

    #[test]
    fn bad_letters_are_named() {
        let input = Input {
            text1: "abC".into(),
            text2: "a".into(),
        };
        assert!(Problem::validate(&input).unwrap_err().contains("'C'"));
    }
}

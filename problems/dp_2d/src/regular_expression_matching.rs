//! Regular Expression Matching (LeetCode 10). Target: O(m·n) time and space: whether s[i..]
//! matches p[j..] depends on whether the first letter fits p[j] and, when p[j] is followed by
//! '*', on skipping the starred letter (j + 2) or using it once more (i + 1); the table is filled
//! from the ends of both strings.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
    pub p: String,
}

pub struct Problem;

/// The reference: `matches[i][j]` says whether s[i..] matches the whole of p[j..].
pub fn reference(s: String, p: String) -> bool {
    let (s, p) = (s.as_bytes(), p.as_bytes());
    let (m, n) = (s.len(), p.len());
    let mut matches = vec![vec![false; n + 1]; m + 1];
    matches[m][n] = true;
    for i in (0..=m).rev() {
        for j in (0..n).rev() {
            let first = i < m && (p[j] == s[i] || p[j] == b'.');
            matches[i][j] = if j + 1 < n && p[j + 1] == b'*' {
                matches[i][j + 2] || (first && matches[i + 1][j])
            } else {
                first && matches[i + 1][j + 1]
            };
        }
    }
    matches[0][0]
}

const MAX_S: usize = 20;
const MAX_P: usize = 20;
/// s = a^20 against (a*)^9 b: a backtracking matcher without a memo tries every way to share the
/// twenty a's among the nine stars (C(28, 8) > 3 * 10^6 ways, each a chain of calls) before the
/// final b fails them all.
const RECURSION_S: usize = 20;

/// One piece of the pattern: a letter (or '.') and whether a '*' follows it.
#[derive(Clone, Copy)]
struct Piece {
    letter: u8,
    starred: bool,
}

/// The oracle (Thompson's construction): the set of pieces the pattern may be at, as the letters
/// of s are read one by one. A starred piece may be skipped without reading anything, and stays
/// where it is after reading a letter it accepts.
fn by_state_sets(s: &[u8], p: &[u8]) -> bool {
    let mut pieces = Vec::new();
    let mut j = 0;
    while j < p.len() {
        let starred = p.get(j + 1) == Some(&b'*');
        pieces.push(Piece {
            letter: p[j],
            starred,
        });
        j += if starred { 2 } else { 1 };
    }
    // Every piece reachable from `at` by skipping starred pieces (pieces.len() = the end).
    let close = |states: &mut Vec<bool>| {
        for k in 0..pieces.len() {
            if states[k] && pieces[k].starred {
                states[k + 1] = true;
            }
        }
    };
    let mut states = vec![false; pieces.len() + 1];
    states[0] = true;
    close(&mut states);
    for &letter in s {
        let mut next = vec![false; pieces.len() + 1];
        for (k, piece) in pieces.iter().enumerate() {
            if states[k] && (piece.letter == letter || piece.letter == b'.') {
                next[if piece.starred { k } else { k + 1 }] = true;
            }
        }
        close(&mut next);
        states = next;
    }
    states[pieces.len()]
}

/// A random valid pattern of at most `len` characters over `letters` and '.', with stars.
fn random_pattern(gen: &mut Gen, len: usize, letters: &str) -> String {
    let mut pattern = String::new();
    while pattern.len() < len {
        let letter = if gen.chance(1, 4) {
            '.'
        } else {
            letters.as_bytes()[gen.index(letters.len())] as char
        };
        pattern.push(letter);
        if pattern.len() < len && gen.chance(1, 3) {
            pattern.push('*');
        }
    }
    pattern
}

/// A pattern that matches `s`: letters kept, some turned into '.', some runs turned into a
/// starred piece, and now and then a starred piece that matches nothing inserted. Cut to `MAX_P`
/// characters (after which it may no longer match).
fn pattern_for(gen: &mut Gen, s: &str) -> String {
    let mut pattern = String::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if gen.chance(1, 5) {
            pattern.push_str(if gen.chance(1, 2) { "z*" } else { ".*" });
        }
        let letter = bytes[i] as char;
        let mut run = 1;
        while i + run < bytes.len() && bytes[i + run] == bytes[i] {
            run += 1;
        }
        if gen.chance(1, 2) {
            let shown = if gen.chance(1, 4) { '.' } else { letter };
            pattern.push(shown);
            pattern.push('*');
            i += run;
        } else {
            pattern.push(if gen.chance(1, 4) { '.' } else { letter });
            i += 1;
        }
    }
    // A prefix of a valid pattern is valid: each '*' kept still follows its letter.
    pattern.truncate(MAX_P);
    pattern
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s", "p"];

    fn reference(input: Input) -> bool {
        reference(input.s, input.p)
    }

    fn oracle(input: Input) -> bool {
        by_state_sets(input.s.as_bytes(), input.p.as_bytes())
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Two letters, short strings, and patterns either random or built to match s (then often
        // broken by the cut), so that both answers are common.
        (string_of("ab", 1..=8), any::<u64>(), 0..3u8)
            .prop_map(|(s, seed, mode)| {
                let mut gen = Gen::new(seed);
                let p = match mode {
                    0 => pattern_for(&mut gen, &s),
                    _ => {
                        let len = gen.int(1, 8) as usize;
                        random_pattern(&mut gen, len, "ab")
                    }
                };
                Input { s, p }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: a backtracking matcher without a memo shares the a's among the stars in
                // every possible way; the reference fills 21 · 20 cells.
                name: "s = a^20, p = (a*)^9 b (exposes a recursion without a memo)",
                max_n: RECURSION_S,
                generate: |n, _| Input {
                    s: "a".repeat(n),
                    p: "a*".repeat((n.saturating_sub(2) / 2).max(1)) + "b",
                },
            },
            StressFamily {
                name: "s = a^20, p = (.*a)^5 .*c: many ways to place each a, no match",
                max_n: RECURSION_S,
                generate: |n, _| Input {
                    s: "a".repeat(n),
                    p: ".*a".repeat((n.saturating_sub(3) / 3).max(1)) + ".*c",
                },
            },
            StressFamily {
                name: "random s over a and b, a pattern built to match it",
                max_n: MAX_S,
                generate: |n, gen| {
                    let s = gen.string(n, "ab");
                    let p = pattern_for(gen, &s);
                    Input { s, p }
                },
            },
            StressFamily {
                name: "random s and random pattern over a and b",
                max_n: MAX_S,
                generate: |n, gen| Input {
                    s: gen.string(n, "ab"),
                    p: random_pattern(gen, MAX_P, "ab"),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_S)?;
        constraint::length("p", input.p.len(), 1..=MAX_P)?;
        if let Some(bad) = input.s.chars().find(|c| !c.is_ascii_lowercase()) {
            return Err(format!(
                "s holds {bad:?}; only lowercase English letters are allowed"
            ));
        }
        if let Some(bad) = input
            .p
            .chars()
            .find(|&c| !(c.is_ascii_lowercase() || c == '.' || c == '*'))
        {
            return Err(format!(
                "p holds {bad:?}; only lowercase English letters, '.' and '*' are allowed"
            ));
        }
        let p = input.p.as_bytes();
        for (j, &c) in p.iter().enumerate() {
            if c == b'*' && (j == 0 || p[j - 1] == b'*') {
                return Err(format!(
                    "p = {:?} has a '*' at index {j} with no letter or '.' before it to repeat",
                    input.p
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s, input.p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(s: &str, p: &str) -> bool {
        reference(s.into(), p.into())
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_corners() {
        assert!(!matches("aa", "a"));
        assert!(matches("aa", "a*"));
        assert!(matches("ab", ".*"));
        assert!(matches("aab", "c*a*b"));
        assert!(!matches("mississippi", "mis*is*p*."));
        assert!(matches("a", "ab*"));
        assert!(!matches(&"a".repeat(20), &("a*".repeat(9) + "b")));
    }

    #[test]
    fn patterns_built_for_s_match_it_before_the_cut() {
        let mut gen = Gen::new(12);
        for _ in 0..500 {
            let len = gen.int(1, 8) as usize;
            let s = gen.string(len, "ab");
            let p = pattern_for(&mut gen, &s);
            if p.len() < MAX_P {
                assert!(matches(&s, &p), "{s} {p}");
            }
        }
    }

    #[test]
    fn a_star_with_nothing_to_repeat_is_refused() {
        for p in ["*a", "a**"] {
            let input = Input {
                s: "a".into(),
                p: p.into(),
            };
            assert!(Problem::validate(&input)
                .unwrap_err()
                .contains("'*' at index"));
        }
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..20 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.s.clone(), input.p.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}

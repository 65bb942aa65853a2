//! Distinct Subsequences (LeetCode 115). Target: O(m·n) time, O(n) space (m = s.length, n =
//! t.length): the ways to spell t[..j] from s[..i] are the ways without s[i - 1], plus, when
//! s[i - 1] == t[j - 1], the ways to spell t[..j - 1] from s[..i - 1]; one row over j is kept and
//! updated from the right.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
    pub t: String,
}

pub struct Problem;

/// The reference: `ways[j]` counts the ways to spell t[..j] from the prefix of s seen so far,
/// modulo 2^32. The promise bounds only the final answer: on the way, the count for a shorter
/// prefix of t can be astronomically larger (s = a^1000, t = a^499 b: C(1000, 499) ways to spell
/// the a's, none for the whole), and addition modulo 2^32 is exact for any final answer under 2^31.
pub fn reference(s: String, t: String) -> i32 {
    let (s, t) = (s.as_bytes(), t.as_bytes());
    let mut ways = vec![0u32; t.len() + 1];
    ways[0] = 1;
    for &letter in s {
        // From the right, so that ways[j - 1] is still the count before this letter of s.
        for j in (1..=t.len()).rev() {
            if t[j - 1] == letter {
                ways[j] = ways[j].wrapping_add(ways[j - 1]);
            }
        }
    }
    ways[t.len()] as i32
}

const MAX_N: usize = 1000;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// s = a^40 against t = a^15 b: a recursion without a memo tries C(40, 15) > 4 * 10^10 ways to
/// place the a's before finding no b, while the answer is 0.
const RECURSION_N: usize = 40;

/// The exact count, or `u64::MAX` if it is at least that: with additions that saturate, each
/// count is min(true count, u64::MAX), since every term is non-negative.
fn ways_saturating(s: &[u8], t: &[u8]) -> u64 {
    let mut ways = vec![0u64; t.len() + 1];
    ways[0] = 1;
    for &letter in s {
        for j in (1..=t.len()).rev() {
            if t[j - 1] == letter {
                ways[j] = ways[j].saturating_add(ways[j - 1]);
            }
        }
    }
    ways[t.len()]
}

/// Small inputs: every set of positions of s (a bit mask) with as many positions as t has
/// letters, kept when those letters spell t.
fn by_enumeration(s: &[u8], t: &[u8]) -> u64 {
    (0u32..1 << s.len())
        .filter(|mask| mask.count_ones() as usize == t.len())
        .filter(|mask| {
            (0..s.len())
                .filter(|&i| mask & (1 << i) != 0)
                .map(|i| s[i])
                .eq(t.iter().copied())
        })
        .count() as u64
}

/// Stress sizes: `ending[i]` counts the ways to spell the current prefix of t whose last letter is
/// taken at position i of s. The ways to spell one letter more, ending at i, are all the ways for
/// the shorter prefix ending before i (a running total), when s[i] is that letter. Saturating, as
/// in `ways_saturating`.
fn by_last_position(s: &[u8], t: &[u8]) -> u64 {
    let mut ending: Vec<u64> = s.iter().map(|&x| u64::from(x == t[0])).collect();
    for &letter in &t[1..] {
        let mut before = 0u64;
        let mut next = vec![0u64; s.len()];
        for i in 0..s.len() {
            if s[i] == letter {
                next[i] = before;
            }
            before = before.saturating_add(ending[i]);
        }
        ending = next;
    }
    ending.into_iter().fold(0, u64::saturating_add)
}

/// `t` with `drop` letters removed at random positions.
fn without_letters(gen: &mut Gen, text: &str, drop: usize) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..drop.min(bytes.len() - 1) {
        bytes.remove(gen.index(bytes.len()));
    }
    String::from_utf8(bytes).expect("ASCII")
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["s", "t"];

    fn reference(input: Input) -> i32 {
        reference(input.s, input.t)
    }

    fn oracle(input: Input) -> i32 {
        let (s, t) = (input.s.as_bytes(), input.t.as_bytes());
        let ways = if s.len() <= 16 {
            by_enumeration(s, t)
        } else {
            by_last_position(s, t)
        };
        i32::try_from(ways).expect("validated: the answer fits in an i32")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Two letters (and now and then a capital, which differs from its lowercase) and short
        // strings, so that letters repeat and the counts are large for their size; t is often a
        // piece of s with letters dropped.
        (
            string_of("abA", 1..=12),
            string_of("ab", 1..=4),
            any::<u64>(),
            any::<bool>(),
        )
            .prop_map(|(s, random_t, seed, from_s)| {
                let t = if from_s {
                    let drop = Gen::new(seed).index(s.len());
                    without_letters(&mut Gen::new(seed), &s, drop)
                } else {
                    random_t
                };
                Input { s, t }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped after 200 ms.
                name: "s = a^40, t = a^15 b: 0 ways (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, _| Input {
                    s: "a".repeat(n),
                    t: "a".repeat(n * 3 / 8) + "b",
                },
            },
            StressFamily {
                // The answer is 0, but the counts for t's a's alone pass 2^64 on the way: they
                // must wrap (or be kept modulo), not panic.
                name: "s = a^1000, t = a^499 b: 0 ways, huge counts on the way",
                max_n: MAX_N,
                generate: |n, _| Input {
                    s: "a".repeat(n),
                    t: "a".repeat((n / 2).saturating_sub(1)) + "b",
                },
            },
            StressFamily {
                // s over two letters and t = s with a few letters dropped: every cell of the
                // table can match, and the answer is large but within 32 bits.
                name: "s over a and b, 1000 letters; t = s without 3 random letters",
                max_n: MAX_N,
                generate: |n, gen| loop {
                    let s = gen.string(n, "ab");
                    let t = without_letters(gen, &s, 3);
                    if ways_saturating(s.as_bytes(), t.as_bytes()) <= i32::MAX as u64 {
                        break Input { s, t };
                    }
                },
            },
            StressFamily {
                name: "the same random string of letters twice, 1000 letters: 1 way",
                max_n: MAX_N,
                generate: |n, gen| {
                    let s = gen.string(n, LETTERS);
                    Input { t: s.clone(), s }
                },
            },
            StressFamily {
                name: "random letters, s of 1000 and t of 500",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, LETTERS),
                    t: gen.string((n / 2).max(1), LETTERS),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, text) in [("s", &input.s), ("t", &input.t)] {
            constraint::length(name, text.len(), 1..=MAX_N)?;
            if let Some(bad) = text.chars().find(|c| !c.is_ascii_alphabetic()) {
                return Err(format!(
                    "{name} holds {bad:?}; only English letters are allowed"
                ));
            }
        }
        let ways = ways_saturating(input.s.as_bytes(), input.t.as_bytes());
        if ways > i32::MAX as u64 {
            let shown = if ways == u64::MAX {
                "at least 2^64 - 1".to_string()
            } else {
                ways.to_string()
            };
            return Err(format!(
                "t can be spelled from s in {shown} ways; LeetCode's tests keep the answer within a signed 32-bit integer"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s, input.t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str, t: &str) -> i32 {
        reference(s.into(), t.into())
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_corners() {
        assert_eq!(count("rabbbit", "rabbit"), 3);
        assert_eq!(count("babgbag", "bag"), 5);
        assert_eq!(count("a", "aa"), 0);
        assert_eq!(count("Aa", "a"), 1);
        let (s, t) = ("a".repeat(1000), "a".repeat(499) + "b");
        assert_eq!(count(&s, &t), 0);
    }

    #[test]
    fn answers_beyond_the_promise_are_refused() {
        let input = Input {
            s: "a".repeat(1000),
            t: "a".repeat(500),
        };
        assert!(Problem::validate(&input)
            .unwrap_err()
            .contains("at least 2^64 - 1"));
        let input = Input {
            s: "a".repeat(40),
            t: "a".repeat(20),
        };
        assert!(Problem::validate(&input)
            .unwrap_err()
            .contains("137846528820 ways"));
    }

    #[test]
    fn the_two_oracles_agree_on_small_inputs() {
        let mut gen = Gen::new(4);
        for _ in 0..2000 {
            let (m, n) = (gen.int(1, 12) as usize, gen.int(1, 5) as usize);
            let (s, t) = (gen.string(m, "ab"), gen.string(n, "ab"));
            assert_eq!(
                by_enumeration(s.as_bytes(), t.as_bytes()),
                by_last_position(s.as_bytes(), t.as_bytes()),
                "{s} {t}"
            );
        }
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..2 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.s.clone(), input.t.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}

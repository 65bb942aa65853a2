//! Valid Anagram (LeetCode 242). Target: O(n + m) with 26 letter counts.

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
    pub t: String,
}

pub struct Problem;

/// The reference: count up over `s`, down over `t`; anagrams leave every count at zero.
pub fn reference(s: String, t: String) -> bool {
    if s.len() != t.len() {
        return false;
    }
    let mut counts = [0i32; 26];
    for (a, b) in s.bytes().zip(t.bytes()) {
        counts[(a - b'a') as usize] += 1;
        counts[(b - b'a') as usize] -= 1;
    }
    counts.iter().all(|&count| count == 0)
}

const MAX_LEN: usize = 50_000;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// `s` and a shuffled copy of it.
fn anagram_pair(s: String, gen: &mut Gen) -> Input {
    let mut bytes = s.clone().into_bytes();
    shuffle(&mut bytes, gen);
    Input {
        s,
        t: String::from_utf8(bytes).expect("ASCII letters"),
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s", "t"];

    fn reference(input: Input) -> bool {
        reference(input.s, input.t)
    }

    fn oracle(input: Input) -> bool {
        let mut s: Vec<char> = input.s.chars().collect();
        let mut t: Vec<char> = input.t.chars().collect();
        s.sort_unstable();
        t.sort_unstable();
        s == t
    }

    fn strategy() -> BoxedStrategy<Input> {
        // t is made from s by swaps (an anagram), then maybe one letter changed, or is drawn
        // independently. Few letters (2 or 3) make near misses common. No flat_map, so every
        // part shrinks on its own: letters towards 'a', swaps and changes away. Sometimes s is
        // long (up to 3000 letters: the oracle sorts), with as many swaps.
        (
            prop_oneof![Just(2u8), Just(3u8), Just(26u8)],
            gen::sized_vec(0u8..26, 1..=40, 1000),
            gen::sized_vec(
                (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
                0..=40,
                3000,
            ),
            prop_oneof![
                Just(None),
                (any::<prop::sample::Index>(), 0u8..26).prop_map(Some),
            ],
            prop_oneof![
                3 => Just(None),
                1 => (prop::collection::vec(0u8..26, 40), -3i32..=3).prop_map(Some),
            ],
        )
            .prop_map(|(alphabet, s, swaps, change, other)| {
                let word = |codes: &[u8]| -> String {
                    codes
                        .iter()
                        .map(|&c| (b'a' + c % alphabet) as char)
                        .collect()
                };
                let t = match other {
                    // Independent letters; the length follows s's, give or take a few, so that
                    // shrinking s shrinks t too. Past 40 letters, the 40 repeat.
                    Some((other, delta)) => {
                        let len = (s.len() as i32 + delta).max(1) as usize;
                        (0..len).map(|i| other[i % other.len()]).collect()
                    }
                    None => {
                        let mut t = s.clone();
                        let n = t.len();
                        for (a, b) in swaps {
                            t.swap(a.index(n), b.index(n));
                        }
                        if let Some((at, letter)) = change {
                            t[at.index(n)] = letter;
                        }
                        t
                    }
                };
                Input {
                    s: word(&s),
                    t: word(&t),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random anagrams of maximum length",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let s = gen.string(n, LETTERS);
                    anagram_pair(s, gen)
                },
            },
            StressFamily {
                // Every letter of s is found at the far end of t: matching by search is O(n²).
                name: "t is s reversed, letters in long blocks",
                max_n: MAX_LEN,
                generate: |n, _| {
                    let s: String = (0..n)
                        .map(|i| (b'a' + (i * 26 / n.max(1)) as u8) as char)
                        .collect();
                    let t = s.chars().rev().collect();
                    Input { s, t }
                },
            },
            StressFamily {
                // Only the last letter of t differs: a check must read to the end.
                name: "one letter apart, at the end",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let s = gen.string(n, "ab");
                    let mut t = s.clone().into_bytes();
                    let last = t.len() - 1;
                    t[last] = if t[last] == b'a' { b'b' } else { b'a' };
                    Input {
                        s,
                        t: String::from_utf8(t).expect("ASCII letters"),
                    }
                },
            },
            StressFamily {
                name: "a single repeated letter",
                max_n: MAX_LEN,
                generate: |n, _| Input {
                    s: "z".repeat(n),
                    t: "z".repeat(n),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, text) in [("s", &input.s), ("t", &input.t)] {
            let n = text.chars().count();
            constraint::length(name, n, 1..=MAX_LEN)?;
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
pub fn judge(solve: fn(String, String) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s, input.t))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

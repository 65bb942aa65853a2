//! Word Break (LeetCode 139). Target: O(n·m·t) time, O(n) space (n = s.length, m = words,
//! t = longest word): whether the suffix from i can be split, for i from the end, from the suffixes
//! after each word that matches at i.

use std::collections::{HashSet, VecDeque};

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub s: String,
    pub word_dict: Vec<String>,
}

pub struct Problem;

/// The reference: `splits[i]` says whether s[i..] is a sequence of dictionary words.
pub fn reference(s: String, word_dict: Vec<String>) -> bool {
    let s = s.as_bytes();
    let n = s.len();
    let mut splits = vec![false; n + 1];
    splits[n] = true;
    for i in (0..n).rev() {
        splits[i] = word_dict
            .iter()
            .any(|word| s[i..].starts_with(word.as_bytes()) && splits[i + word.len()]);
    }
    splits[0]
}

const MAX_N: usize = 300;
const MAX_WORDS: usize = 1000;
const MAX_WORD_LEN: usize = 20;
/// Large enough that a recursion without a memo is stopped at once on "a...ab".
const RECURSION_N: usize = 40;

/// `count` distinct random words of lengths 1..=20 over `alphabet`, after the words in `first`.
fn words(gen: &mut Gen, first: Vec<String>, count: usize, alphabet: &str) -> Vec<String> {
    let mut seen: HashSet<String> = first.iter().cloned().collect();
    let mut all = first;
    while all.len() < count {
        let len = gen.int(1, MAX_WORD_LEN as i64) as usize;
        let word = gen.string(len, alphabet);
        if seen.insert(word.clone()) {
            all.push(word);
        }
    }
    all
}

/// "a", "aa", ... up to `longest` letters.
fn runs_of_a(longest: usize) -> Vec<String> {
    (1..=longest).map(|len| "a".repeat(len)).collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["s", "word_dict"];

    fn reference(input: Input) -> bool {
        reference(input.s, input.word_dict)
    }

    /// Small inputs: every way to cut s into pieces (a bit mask of cut positions), looking each
    /// piece up in a set. Stress sizes: a breadth-first search over the positions reachable by
    /// whole pieces from 0, trying every piece length up to 20 against the set.
    fn oracle(input: Input) -> bool {
        let dict: HashSet<&str> = input.word_dict.iter().map(String::as_str).collect();
        let s = input.s.as_str();
        let n = s.len();
        if n <= 14 {
            return (0u32..(1 << (n - 1))).any(|cuts| {
                let mut start = 0;
                (1..=n).all(|end| {
                    if end < n && cuts & (1 << (end - 1)) == 0 {
                        return true;
                    }
                    let piece = &s[start..end];
                    start = end;
                    dict.contains(piece)
                })
            });
        }
        let mut reached = vec![false; n + 1];
        reached[0] = true;
        let mut queue = VecDeque::from([0]);
        while let Some(start) = queue.pop_front() {
            for end in start + 1..=n.min(start + MAX_WORD_LEN) {
                if !reached[end] && dict.contains(&s[start..end]) {
                    reached[end] = true;
                    queue.push_back(end);
                }
            }
        }
        reached[n]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Two letters and short words make many ways to split, and many near misses.
        let dict = prop::collection::btree_set(string_of("ab", 1..=4), 1..=6);
        (string_of("ab", 1..=12), dict)
            .prop_map(|(s, dict)| Input {
                s,
                word_dict: dict.into_iter().collect(),
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms: every split
                // of the a's into pieces of up to 10 is tried before the final 'b' fails it.
                name: "a...ab with words a to aaaaaaaaaa (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, _| Input {
                    s: "a".repeat(n - 1) + "b",
                    word_dict: runs_of_a(10),
                },
            },
            StressFamily {
                name: "299 a's then b, words a to a^20 and 980 others over a and c: false",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: "a".repeat(n - 1) + "b",
                    word_dict: words(gen, runs_of_a(MAX_WORD_LEN), MAX_WORDS, "ac"),
                },
            },
            StressFamily {
                // s is built from the dictionary's own words: true, found late by a greedy search.
                name: "s made of 1000 random dictionary words over a and b: true",
                max_n: MAX_N,
                generate: |n, gen| {
                    let dict = words(gen, vec![], MAX_WORDS, "ab");
                    let mut s = String::new();
                    while s.len() < n {
                        let word = &dict[gen.index(dict.len())];
                        if s.len() + word.len() <= n {
                            s.push_str(word);
                        } else {
                            s.push_str(&"a".repeat(n - s.len()));
                        }
                    }
                    let mut word_dict = dict;
                    if !word_dict.iter().any(|w| w == "a") {
                        word_dict[0] = "a".to_string();
                    }
                    Input { s, word_dict }
                },
            },
            StressFamily {
                name: "random lowercase s, 1000 random words",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    s: gen.string(n, "abcdefghijklmnopqrstuvwxyz"),
                    word_dict: words(gen, vec![], MAX_WORDS, "abcdefghijklmnopqrstuvwxyz"),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("s", input.s.len(), 1..=MAX_N)?;
        constraint::length("wordDict", input.word_dict.len(), 1..=MAX_WORDS)?;
        let lowercase = |text: &str| text.bytes().all(|c| c.is_ascii_lowercase());
        if !lowercase(&input.s) {
            return Err(format!(
                "s = {:?}; only lowercase English letters are allowed",
                input.s
            ));
        }
        let mut seen = HashSet::new();
        for word in &input.word_dict {
            constraint::length("wordDict[i]", word.len(), 1..=MAX_WORD_LEN)?;
            if !lowercase(word) {
                return Err(format!(
                    "wordDict holds {word:?}; only lowercase English letters are allowed"
                ));
            }
            if !seen.insert(word) {
                return Err(format!(
                    "wordDict holds {word:?} twice; its words are unique"
                ));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, Vec<String>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.s, input.word_dict))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_reference_agrees_with_the_search_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..5 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.s.clone(), input.word_dict.clone()),
                    Problem::oracle(input)
                );
            }
        }
    }
}

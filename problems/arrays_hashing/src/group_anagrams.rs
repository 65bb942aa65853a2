//! Group Anagrams (LeetCode 49). Target: O(m·n) for m strings of length up to n, keyed by the
//! 26 letter counts of each string.

use std::collections::{BTreeMap, HashMap};

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub strs: Vec<String>,
}

pub struct Problem;

/// The reference: strings with the same letter counts are anagrams of each other.
pub fn reference(strs: Vec<String>) -> Vec<Vec<String>> {
    let mut groups: HashMap<[u8; 26], Vec<String>> = HashMap::new();
    for word in strs {
        let mut counts = [0u8; 26];
        for letter in word.bytes() {
            counts[(letter - b'a') as usize] += 1;
        }
        groups.entry(counts).or_default().push(word);
    }
    groups.into_values().collect()
}

const MAX_STRINGS: usize = 10_000;
const MAX_LEN: usize = 100;
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyz";

/// `count` base words of length `len`, and `m` words that are shuffled copies of them.
fn from_bases(m: usize, count: usize, len: usize, gen: &mut Gen) -> Vec<String> {
    let bases: Vec<Vec<u8>> = (0..count.max(1))
        .map(|_| gen.string(len, LETTERS).into_bytes())
        .collect();
    (0..m)
        .map(|_| {
            let mut word = bases[gen.index(bases.len())].clone();
            shuffle(&mut word, gen);
            String::from_utf8(word).expect("ASCII letters")
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<String>>;
    const PARAMETERS: &'static [&'static str] = &["strs"];

    fn reference(input: Input) -> Vec<Vec<String>> {
        reference(input.strs)
    }

    fn oracle(input: Input) -> Vec<Vec<String>> {
        // Anagrams have the same letters once sorted.
        let mut groups: BTreeMap<Vec<char>, Vec<String>> = BTreeMap::new();
        for word in input.strs {
            let mut key: Vec<char> = word.chars().collect();
            key.sort_unstable();
            groups.entry(key).or_default().push(word);
        }
        groups.into_values().collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Short words over two or three letters: anagrams, repeats and empty strings are common.
        // Sometimes words are long (letter counts of 10 and more, which a key written as
        // concatenated counts confuses) or lists are long (up to 300 words: each word is sent and
        // printed, so a longer list costs the judge more than the oracle).
        let word = |alphabet: &'static str, max_len: usize| {
            gen::sized_string(alphabet, 0..=max_len, MAX_LEN)
        };
        prop_oneof![
            gen::sized_vec(word("ab", 3), 1..=40, 300),
            gen::sized_vec(word("abc", 4), 1..=40, 300),
            gen::sized_vec(word(LETTERS, 6), 1..=20, 300),
        ]
        .prop_map(|strs| Input { strs })
        .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // No two words are anagrams: comparing each word with every group is O(m²·n).
                name: "every word in a group of its own, length 100",
                max_n: MAX_STRINGS,
                generate: |m, gen| Input {
                    strs: (0..m).map(|_| gen.string(MAX_LEN, LETTERS)).collect(),
                },
            },
            StressFamily {
                name: "m/2 groups of two, length 100",
                max_n: MAX_STRINGS,
                generate: |m, gen| Input {
                    strs: from_bases(m, m / 2, MAX_LEN, gen),
                },
            },
            StressFamily {
                name: "ten large groups, length 100",
                max_n: MAX_STRINGS,
                generate: |m, gen| Input {
                    strs: from_bases(m, 10, MAX_LEN, gen),
                },
            },
            StressFamily {
                // Words differ in one letter only: a key that loses information merges them.
                name: "near anagrams: one letter changed, length 100",
                max_n: MAX_STRINGS,
                generate: |m, gen| {
                    let base = gen.string(MAX_LEN, "abc").into_bytes();
                    Input {
                        strs: (0..m)
                            .map(|_| {
                                let mut word = base.clone();
                                let at = gen.index(word.len());
                                word[at] = LETTERS.as_bytes()[gen.index(26)];
                                shuffle(&mut word, gen);
                                String::from_utf8(word).expect("ASCII letters")
                            })
                            .collect(),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let m = input.strs.len();
        constraint::length("strs", m, 1..=MAX_STRINGS)?;
        for (i, word) in input.strs.iter().enumerate() {
            let n = word.chars().count();
            constraint::length(&format!("strs[{i}]"), n, 0..=MAX_LEN)?;
            if let Some(bad) = word.chars().find(|c| !c.is_ascii_lowercase()) {
                return Err(format!(
                    "strs[{i}] holds {bad:?}; only lowercase English letters are allowed"
                ));
            }
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<Vec<String>>, got: &Vec<Vec<String>>) -> Checked {
        check::nested_any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<String>) -> Vec<Vec<String>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.strs))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

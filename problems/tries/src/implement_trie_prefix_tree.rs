//! Implement Trie (Prefix Tree) (LeetCode 208), a design problem. Target: O(L) per operation for a
//! word or prefix of length L, however many words are stored.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `Trie` to it.
pub trait Api {
    fn insert(&mut self, word: String);
    fn search(&mut self, word: String) -> bool;
    fn starts_with(&mut self, prefix: String) -> bool;
}

/// The reference: nodes in one arena, each with 26 child slots (0 = none) and an end-of-word flag.
pub struct ArenaTrie {
    children: Vec<[u32; 26]>,
    word_ends: Vec<bool>,
}

impl Default for ArenaTrie {
    fn default() -> Self {
        ArenaTrie {
            children: vec![[0; 26]],
            word_ends: vec![false],
        }
    }
}

impl ArenaTrie {
    /// The node `text` leads to from the root, if every letter has an edge.
    fn walk(&self, text: &str) -> Option<usize> {
        let mut node = 0usize;
        for byte in text.bytes() {
            match self.children[node][usize::from(byte - b'a')] {
                0 => return None,
                next => node = next as usize,
            }
        }
        Some(node)
    }
}

impl Api for ArenaTrie {
    fn insert(&mut self, word: String) {
        let mut node = 0usize;
        for byte in word.bytes() {
            let slot = usize::from(byte - b'a');
            if self.children[node][slot] == 0 {
                self.children[node][slot] = self.children.len() as u32;
                self.children.push([0; 26]);
                self.word_ends.push(false);
            }
            node = self.children[node][slot] as usize;
        }
        self.word_ends[node] = true;
    }
    fn search(&mut self, word: String) -> bool {
        self.walk(&word).is_some_and(|node| self.word_ends[node])
    }
    fn starts_with(&mut self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }
}

/// The oracle: the words in an ordered set; a prefix is present if the first word not below it
/// starts with it.
#[derive(Default)]
pub struct SetOfWords {
    words: BTreeSet<String>,
}

impl Api for SetOfWords {
    fn insert(&mut self, word: String) {
        self.words.insert(word);
    }
    fn search(&mut self, word: String) -> bool {
        self.words.contains(&word)
    }
    fn starts_with(&mut self, prefix: String) -> bool {
        self.words
            .range(prefix.clone()..)
            .next()
            .is_some_and(|word| word.starts_with(&prefix))
    }
}

pub struct Problem;

const MAX_CALLS: usize = 30_000;
const MAX_LENGTH: usize = 2_000;

fn string_argument(arguments: &[Value], index: usize) -> Result<String, String> {
    let value = arguments
        .get(index)
        .ok_or_else(|| format!("argument {index} is missing"))?;
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("argument {index} ({value}) is not a string"))
}

/// A random mix of `calls` operations on words of length `lengths` over `alphabet`; searches
/// and prefixes are often taken from words already inserted.
fn sequence(
    calls: usize,
    gen: &mut Gen,
    alphabet: &str,
    lengths: (usize, usize),
    common_prefix: &str,
) -> Sequence {
    let mut sequence = Sequence::new("Trie");
    let mut inserted: Vec<String> = Vec::new();
    for _ in 1..calls {
        let length = gen.int(lengths.0 as i64, lengths.1 as i64) as usize;
        let fresh = format!("{common_prefix}{}", gen.string(length, alphabet));
        let known = if inserted.is_empty() || gen.chance(1, 3) {
            fresh.clone()
        } else {
            inserted[gen.index(inserted.len())].clone()
        };
        match gen.int(0, 2) {
            0 => {
                sequence.push("insert", vec![json!(fresh)]);
                inserted.push(fresh);
            }
            1 => sequence.push("search", vec![json!(known)]),
            _ => {
                let cut = gen.int(1, known.len() as i64) as usize;
                sequence.push("startsWith", vec![json!(known[..cut])]);
            }
        }
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "Trie";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<ArenaTrie>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<SetOfWords>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "insert" => {
                object.insert(string_argument(arguments, 0)?);
                Value::Null
            }
            "search" => Value::from(object.search(string_argument(arguments, 0)?)),
            "startsWith" => Value::from(object.starts_with(string_argument(arguments, 0)?)),
            other => return Err(format!("Trie has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Two letters and short words: words that are prefixes of other words are common, which
        // is where a missing end-of-word flag shows.
        (
            1..40usize,
            any::<u64>(),
            prop_oneof![Just("ab"), Just("abc"), Just("xyz")],
        )
            .prop_map(|(calls, seed, alphabet)| {
                let mut gen = Gen::new(seed);
                sequence(calls + 1, &mut gen, alphabet, (1, 4), "")
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // Many words, then prefix questions: a scan of every stored word is O(n·L) a call.
                name: "insert half, then startsWith",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("Trie");
                    for _ in 0..n / 2 {
                        let length = gen.int(5, 12) as usize;
                        sequence.push("insert", vec![json!(gen.string(length, "abcde"))]);
                    }
                    while sequence.len() < n {
                        let length = gen.int(3, 8) as usize;
                        sequence.push("startsWith", vec![json!(gen.string(length, "abcdefg"))]);
                    }
                    sequence
                },
            },
            StressFamily {
                // Every word shares 100 letters: comparing whole strings costs 100 steps each.
                name: "words sharing a 100-letter prefix, random mix",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let prefix = gen.string(100, "abcdefghijklmnopqrstuvwxyz");
                    sequence(n, gen, "abc", (1, 6), &prefix)
                },
            },
            StressFamily {
                name: "random mix of short words",
                max_n: MAX_CALLS,
                generate: |n, gen| sequence(n, gen, "abcdefghijklmnopqrstuvwxyz", (1, 10), ""),
            },
            StressFamily {
                // The longest words LeetCode allows, a few hundred of them, each searched and prefixed.
                name: "words of 2000 letters",
                max_n: 600,
                generate: |n, gen| sequence(n, gen, "ab", (MAX_LENGTH, MAX_LENGTH), ""),
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!("{calls} calls; at most {MAX_CALLS} are made"));
        }
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            match operation.as_str() {
                "insert" | "search" | "startsWith" => {
                    let text =
                        string_argument(arguments, 0).map_err(|e| format!("operation {i}: {e}"))?;
                    if !(1..=MAX_LENGTH).contains(&text.len()) {
                        return Err(format!(
                            "operation {i} ({operation}): length {}; allowed 1..={MAX_LENGTH}",
                            text.len()
                        ));
                    }
                    if let Some(c) = text.chars().find(|c| !c.is_ascii_lowercase()) {
                        return Err(format!(
                            "operation {i} ({operation}): {c:?} is not a lowercase English letter"
                        ));
                    }
                }
                other => return Err(format!("operation {i}: unknown operation `{other}`")),
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Problem::reference(&[])
}

/// The harness's entry point: `new` builds the learner's Trie behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);
}

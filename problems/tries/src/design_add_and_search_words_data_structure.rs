//! Design Add and Search Words Data Structure (LeetCode 211), a design problem. Target: O(L) per
//! addWord and per search without dots; a dot branches into every child, so a search with d dots
//! costs O(26^d · L) at most (d <= 2 here), independent of the number of words.

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `WordDictionary` to it.
pub trait Api {
    fn add_word(&mut self, word: String);
    fn search(&mut self, word: String) -> bool;
}

/// The reference: an arena trie of 26-slot nodes; a dot tries every child, with an explicit stack.
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

impl Api for ArenaTrie {
    fn add_word(&mut self, word: String) {
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
        let pattern = word.as_bytes();
        // (node, letters of the pattern matched so far)
        let mut stack = vec![(0usize, 0usize)];
        while let Some((node, depth)) = stack.pop() {
            if depth == pattern.len() {
                if self.word_ends[node] {
                    return true;
                }
                continue;
            }
            if pattern[depth] == b'.' {
                for &child in &self.children[node] {
                    if child != 0 {
                        stack.push((child as usize, depth + 1));
                    }
                }
            } else {
                let child = self.children[node][usize::from(pattern[depth] - b'a')];
                if child != 0 {
                    stack.push((child as usize, depth + 1));
                }
            }
        }
        false
    }
}

/// The oracle: the words in a list, each compared letter by letter with the pattern.
#[derive(Default)]
pub struct ListOfWords {
    words: Vec<String>,
}

impl Api for ListOfWords {
    fn add_word(&mut self, word: String) {
        self.words.push(word);
    }
    fn search(&mut self, word: String) -> bool {
        self.words.iter().any(|candidate| {
            candidate.len() == word.len()
                && candidate
                    .chars()
                    .zip(word.chars())
                    .all(|(c, p)| p == '.' || c == p)
        })
    }
}

pub struct Problem;

const MAX_CALLS: usize = 10_000;
const MAX_LENGTH: usize = 25;
const MAX_DOTS: usize = 2;

fn string_argument(arguments: &[Value], index: usize) -> Result<String, String> {
    let value = arguments
        .get(index)
        .ok_or_else(|| format!("argument {index} is missing"))?;
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("argument {index} ({value}) is not a string"))
}

/// `word` with up to `dots` of its letters replaced by '.'.
fn with_dots(word: &str, dots: usize, gen: &mut Gen) -> String {
    let mut bytes = word.as_bytes().to_vec();
    for _ in 0..dots {
        let at = gen.index(bytes.len());
        bytes[at] = b'.';
    }
    String::from_utf8(bytes).expect("ASCII")
}

/// A random mix of `calls` operations: `add_percent` of them addWord, on words of `prefix` plus
/// `lengths` letters of `alphabet`; searches take an added word or a fresh one, with 0-2 dots.
fn sequence(
    calls: usize,
    gen: &mut Gen,
    add_percent: i64,
    alphabet: &str,
    lengths: (usize, usize),
    prefix: &str,
) -> Sequence {
    let mut sequence = Sequence::new("WordDictionary");
    let mut added: Vec<String> = Vec::new();
    for _ in 1..calls {
        let length = gen.int(lengths.0 as i64, lengths.1 as i64) as usize;
        let fresh = format!("{prefix}{}", gen.string(length, alphabet));
        if gen.int(0, 99) < add_percent {
            sequence.push("addWord", vec![json!(fresh)]);
            added.push(fresh);
        } else {
            let base = if added.is_empty() || gen.chance(1, 2) {
                fresh
            } else {
                added[gen.index(added.len())].clone()
            };
            let dots = gen.int(0, MAX_DOTS as i64) as usize;
            sequence.push("search", vec![json!(with_dots(&base, dots, gen))]);
        }
    }
    sequence
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "WordDictionary";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<ArenaTrie>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<ListOfWords>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "addWord" => {
                object.add_word(string_argument(arguments, 0)?);
                Value::Null
            }
            "search" => Value::from(object.search(string_argument(arguments, 0)?)),
            other => return Err(format!("WordDictionary has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Two or three letters and short words: a dot then has several children to try, and
        // the first one is often a dead end.
        (
            1..40usize,
            any::<u64>(),
            prop_oneof![Just("ab"), Just("abc")],
        )
            .prop_map(|(calls, seed, alphabet)| {
                let mut gen = Gen::new(seed);
                sequence(calls + 1, &mut gen, 50, alphabet, (1, 4), "")
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // Every word shares 20 letters: scanning the word list compares 20 letters a word.
                name: "words sharing a 20-letter prefix, add half then search",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let prefix = gen.string(20, "abcdefghijklmnopqrstuvwxyz");
                    let mut sequence = Sequence::new("WordDictionary");
                    let mut added = Vec::new();
                    for _ in 0..n / 2 {
                        let word = format!("{prefix}{}", gen.string(5, "abcdefghij"));
                        sequence.push("addWord", vec![json!(word)]);
                        added.push(word);
                    }
                    while sequence.len() < n {
                        let base = if gen.chance(1, 2) {
                            added[gen.index(added.len())].clone()
                        } else {
                            format!("{prefix}{}", gen.string(5, "abcdefghij"))
                        };
                        let dots = gen.int(0, MAX_DOTS as i64) as usize;
                        sequence.push("search", vec![json!(with_dots(&base, dots, gen))]);
                    }
                    sequence
                },
            },
            StressFamily {
                // Dots at the front branch into all 26 letters of a bushy trie.
                name: "dense short words, searches starting with two dots",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("WordDictionary");
                    for _ in 0..n / 2 {
                        let length = gen.int(3, 6) as usize;
                        let word = gen.string(length, "abcdefghijklmnopqrstuvwxyz");
                        sequence.push("addWord", vec![json!(word)]);
                    }
                    while sequence.len() < n {
                        let length = gen.int(3, 6) as usize;
                        let tail = gen.string(length - 2, "abcdefghijklmnopqrstuvwxyz");
                        sequence.push("search", vec![json!(format!("..{tail}"))]);
                    }
                    sequence
                },
            },
            StressFamily {
                name: "random mix of words up to 25 letters",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    sequence(
                        n,
                        gen,
                        50,
                        "abcdefghijklmnopqrstuvwxyz",
                        (1, MAX_LENGTH),
                        "",
                    )
                },
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
            let text = string_argument(arguments, 0).map_err(|e| format!("operation {i}: {e}"))?;
            if !(1..=MAX_LENGTH).contains(&text.len()) {
                return Err(format!(
                    "operation {i} ({operation}): length {}; allowed 1..={MAX_LENGTH}",
                    text.len()
                ));
            }
            match operation.as_str() {
                "addWord" => {
                    if let Some(c) = text.chars().find(|c| !c.is_ascii_lowercase()) {
                        return Err(format!(
                            "operation {i} (addWord): {c:?} is not a lowercase English letter"
                        ));
                    }
                }
                "search" => {
                    if let Some(c) = text
                        .chars()
                        .find(|&c| !(c.is_ascii_lowercase() || c == '.'))
                    {
                        return Err(format!(
                            "operation {i} (search): {c:?} is neither a lowercase letter nor '.'"
                        ));
                    }
                    let dots = text.matches('.').count();
                    if dots > MAX_DOTS {
                        return Err(format!(
                            "operation {i} (search): {dots} dots; at most {MAX_DOTS}"
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

/// The harness's entry point: `new` builds the learner's WordDictionary behind the interface.
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

//! Word Ladder (LeetCode 127). Target: O(n · L · 26) word look-ups (each hashing L letters):
//! breadth first from the begin word, whose neighbours are found by trying every other letter at
//! every position against a hash set of the words, not by comparing the word with every other.

use crate::edges::shuffle;
use judge_engine::prelude::*;
use std::collections::{HashMap, HashSet, VecDeque};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub begin_word: String,
    pub end_word: String,
    pub word_list: Vec<String>,
}

pub struct Problem;

/// The reference: breadth first over word indices; a word's neighbours are the list's words
/// reached by changing one letter, found in a map from word to index.
pub fn reference(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
    let index: HashMap<&[u8], usize> = word_list
        .iter()
        .enumerate()
        .map(|(i, w)| (w.as_bytes(), i))
        .collect();
    let Some(&goal) = index.get(end_word.as_bytes()) else {
        return 0;
    };
    let mut seen = vec![false; word_list.len()];
    let mut queue = VecDeque::from([(begin_word.into_bytes(), 1)]);
    while let Some((mut word, steps)) = queue.pop_front() {
        for position in 0..word.len() {
            let original = word[position];
            for letter in b'a'..=b'z' {
                if letter == original {
                    continue;
                }
                word[position] = letter;
                if let Some(&next) = index.get(word.as_slice()) {
                    if next == goal {
                        return steps + 1;
                    }
                    if !seen[next] {
                        seen[next] = true;
                        queue.push_back((word.clone(), steps + 1));
                    }
                }
            }
            word[position] = original;
        }
    }
    0
}

const MAX_WORDS: usize = 5000;
const MAX_LENGTH: usize = 10;

/// Whether two words of one length differ in exactly one place.
fn one_apart(a: &str, b: &str) -> bool {
    a.bytes().zip(b.bytes()).filter(|(x, y)| x != y).count() == 1
}

/// A chain of `n` distinct words of length `len` (and the begin word before it), each one letter
/// from the one before: step k changes position k mod len, so words a few steps apart differ in
/// several places and the shortest ladder is long.
fn chain(n: usize, len: usize, gen: &mut Gen) -> (String, Vec<String>) {
    let mut word: Vec<u8> = (0..len).map(|_| b'a' + gen.index(26) as u8).collect();
    let begin = String::from_utf8(word.clone()).expect("ascii");
    let mut seen: HashSet<Vec<u8>> = HashSet::from([word.clone()]);
    let mut words = Vec::with_capacity(n);
    let mut k = 0;
    while words.len() < n {
        let position = k % len;
        k += 1;
        let old = word[position];
        for _ in 0..50 {
            word[position] = b'a' + gen.index(26) as u8;
            if word[position] != old && !seen.contains(&word) {
                break;
            }
        }
        if seen.insert(word.clone()) {
            words.push(String::from_utf8(word.clone()).expect("ascii"));
        } else {
            word[position] = old;
        }
    }
    (begin, words)
}

/// `count` distinct random words of length `len` over the first `letters` letters after a fixed
/// `prefix`, none equal to `avoid`.
fn random_words(
    count: usize,
    prefix: &str,
    len: usize,
    letters: usize,
    gen: &mut Gen,
) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut words = Vec::with_capacity(count);
    while words.len() < count {
        let tail: String = (prefix.len()..len)
            .map(|_| (b'a' + gen.index(letters) as u8) as char)
            .collect();
        let word = format!("{prefix}{tail}");
        if seen.insert(word.clone()) {
            words.push(word);
        }
    }
    words
}

/// `words` with `end` added and every word one letter from it (or equal to `begin`) taken out,
/// so that no ladder reaches `end`, in random order.
fn cut_off(mut words: Vec<String>, begin: &str, end: &str, gen: &mut Gen) -> Input {
    words.retain(|w| w != end && w != begin && !one_apart(w, end));
    words.push(end.to_string());
    shuffle(&mut words, gen);
    Input {
        begin_word: begin.to_string(),
        end_word: end.to_string(),
        word_list: words,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["begin_word", "end_word", "word_list"];

    fn reference(input: Input) -> i32 {
        reference(input.begin_word, input.end_word, input.word_list)
    }

    /// Every pair of words compared letter by letter to build the graph, then breadth first.
    fn oracle(input: Input) -> i32 {
        let mut words = vec![input.begin_word.clone()];
        words.extend(
            input
                .word_list
                .iter()
                .filter(|w| **w != input.begin_word)
                .cloned(),
        );
        let Some(goal) = words.iter().position(|w| *w == input.end_word) else {
            return 0;
        };
        if !input.word_list.contains(&input.end_word) {
            return 0;
        }
        let mut distance = vec![0; words.len()];
        distance[0] = 1;
        let mut queue = VecDeque::from([0]);
        while let Some(v) = queue.pop_front() {
            for w in 0..words.len() {
                if distance[w] == 0 && one_apart(&words[v], &words[w]) {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
            }
        }
        distance[goal]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Three letters and short words, so that ladders are common, and sometimes the end word is
        // missing from the list or the begin word is in it.
        (1..=3usize, 1..=9usize, any::<u64>())
            .prop_map(|(len, count, seed)| {
                let mut gen = Gen::new(seed);
                let count = count.min(3usize.pow(len as u32));
                let word_list = random_words(count, "", len, 3, &mut gen);
                let pick = |gen: &mut Gen| {
                    if gen.chance(3, 4) {
                        word_list[gen.index(word_list.len())].clone()
                    } else {
                        random_words(1, "", len, 3, gen).remove(0)
                    }
                };
                let begin_word = pick(&mut gen);
                let mut end_word = pick(&mut gen);
                if end_word == begin_word {
                    // Flip the first letter: a different word of the same length.
                    let mut bytes = end_word.into_bytes();
                    bytes[0] = if bytes[0] == b'a' { b'b' } else { b'a' };
                    end_word = String::from_utf8(bytes).expect("ascii");
                }
                Input {
                    begin_word,
                    end_word,
                    word_list,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "a ladder through all 5000 words of length 10, in random order",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let (begin_word, mut word_list) = chain(n, MAX_LENGTH, gen);
                    let end_word = word_list[n - 1].clone();
                    shuffle(&mut word_list, gen);
                    Input {
                        begin_word,
                        end_word,
                        word_list,
                    }
                },
            },
            StressFamily {
                // The search reaches every word before it gives up.
                name: "a ladder through 5000 words, and an end word no ladder reaches",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    let end_word = "z".repeat(MAX_LENGTH);
                    let (begin_word, mut word_list) = chain(n.max(2) - 1, MAX_LENGTH, gen);
                    word_list.retain(|w| *w != end_word && !one_apart(w, &end_word));
                    word_list.push(end_word.clone());
                    shuffle(&mut word_list, gen);
                    Input {
                        begin_word,
                        end_word,
                        word_list,
                    }
                },
            },
            StressFamily {
                // Words that share a long prefix: comparing two of them reads most letters. The
                // end word is cut off, so a search reaches every word it can before giving up.
                name: "5000 words of length 10 sharing a 2-letter prefix, the end word cut off",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    cut_off(
                        random_words(n.max(2) - 1, "ab", MAX_LENGTH, 3, gen),
                        "abaaaaaaaa",
                        "zzzzzzzzzz",
                        gen,
                    )
                },
            },
            StressFamily {
                // Short words make many neighbours: 26 letters at 3 positions are 78 look-ups a
                // word, while comparing pairs still costs n a word.
                name: "5000 words of length 3, the end word cut off",
                max_n: MAX_WORDS,
                generate: |n, gen| {
                    cut_off(
                        random_words(n.max(2) - 1, "", 3, 26, gen),
                        "aaa",
                        "zzz",
                        gen,
                    )
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let len = input.begin_word.len();
        constraint::length("begin_word", len, 1..=MAX_LENGTH)?;
        constraint::length("word_list", input.word_list.len(), 1..=MAX_WORDS)?;
        let lowercase = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
        for (name, word) in [
            ("begin_word", &input.begin_word),
            ("end_word", &input.end_word),
        ]
        .into_iter()
        .chain(input.word_list.iter().map(|w| ("a word of word_list", w)))
        {
            if word.len() != len {
                return Err(format!(
                    "{name} {word:?} has length {}; every word has begin_word's length, {len}",
                    word.len()
                ));
            }
            if !lowercase(word) {
                return Err(format!(
                    "{name} {word:?} is not all lowercase English letters"
                ));
            }
        }
        if input.begin_word == input.end_word {
            return Err("begin_word equals end_word; LeetCode keeps them different".into());
        }
        let mut seen = HashSet::new();
        if let Some(word) = input.word_list.iter().find(|w| !seen.insert(w.as_str())) {
            return Err(format!(
                "word_list holds {word:?} twice; its words are unique"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(String, String, Vec<String>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        solve(input.begin_word, input.end_word, input.word_list)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_end_word_not_required,
        "../../submissions/graphs/word_ladder/wrong_end_word_not_required.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submission() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_end_word_not_required::Solution::ladder_length(
                input.begin_word,
                input.end_word,
                input.word_list,
            )
        }));
    }

    #[test]
    fn the_examples_and_the_stress_inputs() {
        let list = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(
            reference(
                "hit".into(),
                "cog".into(),
                list(&["hot", "dot", "dog", "lot", "log", "cog"])
            ),
            5
        );
        assert_eq!(
            reference(
                "hit".into(),
                "cog".into(),
                list(&["hot", "dot", "dog", "lot", "log"])
            ),
            0
        );
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(8));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
        }
        let long = (Problem::stress()[0].generate)(MAX_WORDS, &mut Gen::new(8));
        let Input {
            begin_word,
            end_word,
            word_list,
        } = long;
        assert!(reference(begin_word, end_word, word_list) > 1000);
    }
}

use std::collections::{HashSet, VecDeque};

pub struct Solution;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut words: HashSet<String> = word_list.into_iter().collect();
        let mut q = VecDeque::from([(begin_word, 1)]);
        while let Some((word, steps)) = q.pop_front() {
            let mut bytes = word.into_bytes();
            for i in 0..bytes.len() {
                let orig = bytes[i];
                for c in b'a'..=b'z' {
                    bytes[i] = c;
                    let next = String::from_utf8(bytes.clone()).unwrap();
                    // Bug: reaching end_word counts even when it is not in the word list.
                    if next == end_word {
                        return steps + 1;
                    }
                    if words.remove(&next) {
                        q.push_back((next, steps + 1));
                    }
                }
                bytes[i] = orig;
            }
        }
        0
    }
}

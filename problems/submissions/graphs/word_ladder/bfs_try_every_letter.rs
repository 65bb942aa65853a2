use std::collections::{HashSet, VecDeque};

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        let mut words: HashSet<String> = word_list.into_iter().collect();
        if !words.contains(&end_word) {
            return 0;
        }
        let mut q = VecDeque::new();
        q.push_back((begin_word, 1));
        while let Some((word, steps)) = q.pop_front() {
            if word == end_word {
                return steps;
            }
            let mut chars: Vec<char> = word.chars().collect();
            for i in 0..chars.len() {
                let orig = chars[i];
                for c in 'a'..='z' {
                    if c == orig {
                        continue;
                    }
                    chars[i] = c;
                    let next: String = chars.iter().collect();
                    if words.remove(&next) {
                        q.push_back((next, steps + 1));
                    }
                }
                chars[i] = orig;
            }
        }
        0
    }
}

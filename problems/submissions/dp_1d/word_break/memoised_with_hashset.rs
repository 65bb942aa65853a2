use std::collections::{HashMap, HashSet};

pub struct Solution;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn can(start: usize, s: &str, words: &HashSet<&str>, max_len: usize, memo: &mut HashMap<usize, bool>) -> bool {
            if start == s.len() {
                return true;
            }
            if let Some(&known) = memo.get(&start) {
                return known;
            }
            let mut result = false;
            for end in start + 1..=s.len().min(start + max_len) {
                if words.contains(&s[start..end]) && can(end, s, words, max_len, memo) {
                    result = true;
                    break;
                }
            }
            memo.insert(start, result);
            result
        }
        let words: HashSet<&str> = word_dict.iter().map(|w| w.as_str()).collect();
        let max_len = word_dict.iter().map(|w| w.len()).max().unwrap_or(0);
        can(0, &s, &words, max_len, &mut HashMap::new())
    }
}

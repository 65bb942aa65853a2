use std::collections::{HashMap, HashSet, VecDeque};

pub struct Solution;

impl Solution {
    pub fn ladder_length(begin_word: String, end_word: String, word_list: Vec<String>) -> i32 {
        if !word_list.contains(&end_word) {
            return 0;
        }
        // "h*t" -> ["hot", "hit", ...]
        let mut nei: HashMap<String, Vec<String>> = HashMap::new();
        let mut all = word_list.clone();
        all.push(begin_word.clone());
        for word in &all {
            for j in 0..word.len() {
                let pattern = format!("{}*{}", &word[..j], &word[j + 1..]);
                nei.entry(pattern).or_default().push(word.clone());
            }
        }
        let mut visit = HashSet::from([begin_word.clone()]);
        let mut q = VecDeque::from([begin_word]);
        let mut res = 1;
        while !q.is_empty() {
            for _ in 0..q.len() {
                let word = q.pop_front().unwrap();
                if word == end_word {
                    return res;
                }
                for j in 0..word.len() {
                    let pattern = format!("{}*{}", &word[..j], &word[j + 1..]);
                    if let Some(list) = nei.get(&pattern) {
                        for w in list {
                            if visit.insert(w.clone()) {
                                q.push_back(w.clone());
                            }
                        }
                    }
                }
            }
            res += 1;
        }
        0
    }
}

use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let a: HashSet<char> = s.chars().collect();
        let b: HashSet<char> = t.chars().collect();
        s.len() == t.len() && a == b
    }
}

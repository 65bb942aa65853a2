use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut best = 0;
        for i in 0..chars.len() {
            for j in i..chars.len() {
                if Self::all_unique(&chars[i..=j]) {
                    best = best.max(j - i + 1);
                }
            }
        }
        best as i32
    }

    fn all_unique(part: &[char]) -> bool {
        let mut seen = HashSet::new();
        for &c in part {
            if !seen.insert(c) {
                return false;
            }
        }
        true
    }
}

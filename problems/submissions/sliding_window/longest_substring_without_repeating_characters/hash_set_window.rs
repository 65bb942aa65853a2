use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut window = HashSet::new();
        let mut left = 0;
        let mut best = 0;
        for right in 0..chars.len() {
            while window.contains(&chars[right]) {
                window.remove(&chars[left]);
                left += 1;
            }
            window.insert(chars[right]);
            best = best.max(right - left + 1);
        }
        best as i32
    }
}

use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last_seen: HashMap<char, usize> = HashMap::new();
        let mut left = 0;
        let mut best = 0;
        for (right, c) in s.chars().enumerate() {
            if let Some(&previous) = last_seen.get(&c) {
                // Jump past the previous occurrence, even when it is already left of the window.
                left = previous + 1;
            }
            last_seen.insert(c, right);
            best = best.max(right + 1 - left);
        }
        best as i32
    }
}

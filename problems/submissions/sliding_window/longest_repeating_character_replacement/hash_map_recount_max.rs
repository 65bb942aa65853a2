use std::collections::HashMap;
pub struct Solution;

impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut count: HashMap<char, i32> = HashMap::new();
        let mut left = 0;
        let mut best = 0;
        for right in 0..chars.len() {
            *count.entry(chars[right]).or_insert(0) += 1;
            while (right - left + 1) as i32 - count.values().max().unwrap() > k {
                *count.get_mut(&chars[left]).unwrap() -= 1;
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best as i32
    }
}

pub struct Solution;

impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut best = 0;
        for target in b'A'..=b'Z' {
            // The longest window with at most k letters that are not `target`.
            let mut others = 0;
            let mut left = 0;
            for right in 0..s.len() {
                if s[right] != target {
                    others += 1;
                }
                while others > k {
                    if s[left] != target {
                        others -= 1;
                    }
                    left += 1;
                }
                best = best.max(right + 1 - left);
            }
        }
        best as i32
    }
}

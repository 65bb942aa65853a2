pub struct Solution;

impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        // take each letter of text1 at its first occurrence in text2 after the last one taken
        let b = text2.as_bytes();
        let mut from = 0;
        let mut count = 0;
        for &c in text1.as_bytes() {
            if let Some(k) = b[from..].iter().position(|&x| x == c) {
                count += 1;
                from += k + 1;
            }
        }
        count
    }
}

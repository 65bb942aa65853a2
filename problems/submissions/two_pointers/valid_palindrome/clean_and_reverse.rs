pub struct Solution;

impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let cleaned: Vec<u8> = s
            .bytes()
            .filter(|b| b.is_ascii_alphanumeric())
            .map(|b| b.to_ascii_lowercase())
            .collect();
        cleaned.iter().eq(cleaned.iter().rev())
    }
}

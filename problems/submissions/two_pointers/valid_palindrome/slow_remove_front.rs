pub struct Solution;

impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let mut cleaned: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        while cleaned.len() > 1 {
            let first = cleaned.remove(0);
            let last = cleaned.pop().unwrap();
            if first != last {
                return false;
            }
        }
        true
    }
}

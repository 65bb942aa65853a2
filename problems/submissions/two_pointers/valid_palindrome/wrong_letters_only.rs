pub struct Solution;

impl Solution {
    pub fn is_palindrome(s: String) -> bool {
        let bytes = s.as_bytes();
        let (mut i, mut j) = (0, bytes.len().saturating_sub(1));
        while i < j {
            if !bytes[i].is_ascii_alphabetic() {
                i += 1;
            } else if !bytes[j].is_ascii_alphabetic() {
                j -= 1;
            } else {
                if bytes[i].to_ascii_lowercase() != bytes[j].to_ascii_lowercase() {
                    return false;
                }
                i += 1;
                j -= 1;
            }
        }
        true
    }
}

pub struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        fn is_pal(b: &[u8], i: usize, j: usize) -> bool {
            i >= j || (b[i] == b[j] && is_pal(b, i + 1, j - 1))
        }
        // the longest palindrome in b[i..=j]: the whole range, or the best of dropping either end
        fn longest(b: &[u8], i: usize, j: usize) -> (usize, usize) {
            if is_pal(b, i, j) {
                return (i, j);
            }
            let left = longest(b, i + 1, j);
            let right = longest(b, i, j - 1);
            if left.1 - left.0 >= right.1 - right.0 {
                left
            } else {
                right
            }
        }
        let (i, j) = longest(s.as_bytes(), 0, s.len() - 1);
        s[i..=j].to_string()
    }
}

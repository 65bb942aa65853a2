pub struct Solution;

impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // try each star as '(', ')' or nothing
        fn go(s: &[u8], i: usize, open: i32) -> bool {
            if open < 0 {
                return false;
            }
            if i == s.len() {
                return open == 0;
            }
            match s[i] {
                b'(' => go(s, i + 1, open + 1),
                b')' => go(s, i + 1, open - 1),
                _ => go(s, i + 1, open + 1) || go(s, i + 1, open - 1) || go(s, i + 1, open),
            }
        }
        go(s.as_bytes(), 0, 0)
    }
}

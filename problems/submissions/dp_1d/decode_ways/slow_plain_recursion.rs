pub struct Solution;

impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn ways(i: usize, s: &[u8]) -> i32 {
            if i == s.len() {
                return 1;
            }
            if s[i] == b'0' {
                return 0;
            }
            let mut total = ways(i + 1, s);
            if i + 1 < s.len() {
                let two = (s[i] - b'0') * 10 + (s[i + 1] - b'0');
                if two <= 26 {
                    total += ways(i + 2, s);
                }
            }
            total
        }
        ways(0, s.as_bytes())
    }
}

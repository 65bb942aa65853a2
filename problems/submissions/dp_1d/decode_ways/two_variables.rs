pub struct Solution;

impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let s = s.as_bytes();
        // dp1 = ways for s[i+1..], dp2 = ways for s[i+2..], going from the right
        let (mut dp1, mut dp2) = (1, 0);
        for i in (0..s.len()).rev() {
            let mut dp = 0;
            if s[i] != b'0' {
                dp = dp1;
                if i + 1 < s.len() && (s[i] == b'1' || (s[i] == b'2' && s[i + 1] <= b'6')) {
                    dp += dp2;
                }
            }
            dp2 = dp1;
            dp1 = dp;
        }
        dp1
    }
}

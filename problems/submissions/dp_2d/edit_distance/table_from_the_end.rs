impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        let (a, b) = (word1.as_bytes(), word2.as_bytes());
        let (m, n) = (a.len(), b.len());
        let mut dp = vec![vec![0; n + 1]; m + 1];
        for j in 0..=n {
            dp[m][j] = (n - j) as i32;
        }
        for i in 0..=m {
            dp[i][n] = (m - i) as i32;
        }
        for i in (0..m).rev() {
            for j in (0..n).rev() {
                dp[i][j] = if a[i] == b[j] {
                    dp[i + 1][j + 1]
                } else {
                    1 + dp[i + 1][j].min(dp[i][j + 1]).min(dp[i + 1][j + 1])
                };
            }
        }
        dp[0][0]
    }
}

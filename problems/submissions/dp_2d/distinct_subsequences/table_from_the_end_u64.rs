impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        let (s, t) = (s.as_bytes(), t.as_bytes());
        let (m, n) = (s.len(), t.len());
        // dp[i][j]: ways to spell t[j..] from s[i..]
        let mut dp = vec![vec![0u64; n + 1]; m + 1];
        for i in 0..=m {
            dp[i][n] = 1;
        }
        for i in (0..m).rev() {
            for j in (0..n).rev() {
                dp[i][j] = dp[i + 1][j];
                if s[i] == t[j] {
                    dp[i][j] = dp[i][j].wrapping_add(dp[i + 1][j + 1]);
                }
            }
        }
        dp[0][0] as i32
    }
}

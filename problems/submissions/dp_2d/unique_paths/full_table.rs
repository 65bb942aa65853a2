pub struct Solution;

impl Solution {
    pub fn unique_paths(m: i32, n: i32) -> i32 {
        let (m, n) = (m as usize, n as usize);
        let mut dp = vec![vec![0; n]; m];
        for i in 0..m {
            for j in 0..n {
                dp[i][j] = if i == 0 || j == 0 {
                    1
                } else {
                    dp[i - 1][j] + dp[i][j - 1]
                };
            }
        }
        dp[m - 1][n - 1]
    }
}

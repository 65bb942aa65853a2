impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        if a.len() + b.len() != c.len() {
            return false;
        }
        let mut dp = vec![vec![false; b.len() + 1]; a.len() + 1];
        dp[a.len()][b.len()] = true;
        for i in (0..=a.len()).rev() {
            for j in (0..=b.len()).rev() {
                if i < a.len() && a[i] == c[i + j] && dp[i + 1][j] {
                    dp[i][j] = true;
                }
                if j < b.len() && b[j] == c[i + j] && dp[i][j + 1] {
                    dp[i][j] = true;
                }
            }
        }
        dp[0][0]
    }
}

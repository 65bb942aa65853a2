pub struct Solution;

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        let (m, n) = (a.len(), b.len());
        if m + n != c.len() {
            return false;
        }
        let mut dp = vec![false; n + 1];
        for i in 0..=m {
            for j in 0..=n {
                dp[j] = if i == 0 && j == 0 {
                    true
                } else {
                    (i > 0 && dp[j] && a[i - 1] == c[i + j - 1])
                        || (j > 0 && dp[j - 1] && b[j - 1] == c[i + j - 1])
                };
            }
        }
        dp[n]
    }
}

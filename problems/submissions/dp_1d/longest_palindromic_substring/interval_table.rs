pub struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let mut dp = vec![vec![false; n]; n];
        let (mut start, mut best) = (0, 1);
        for i in (0..n).rev() {
            for j in i..n {
                if b[i] == b[j] && (j - i <= 2 || dp[i + 1][j - 1]) {
                    dp[i][j] = true;
                    if j - i + 1 > best {
                        start = i;
                        best = j - i + 1;
                    }
                }
            }
        }
        s[start..start + best].to_string()
    }
}

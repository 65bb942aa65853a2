pub struct Solution;

impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let s: Vec<char> = s.chars().collect();
        let n = s.len();
        // dp[i][j]: s[i..=j] is a palindrome
        let mut dp = vec![vec![false; n]; n];
        let mut count = 0;
        for i in (0..n).rev() {
            for j in i..n {
                if s[i] == s[j] && (j - i < 2 || dp[i + 1][j - 1]) {
                    dp[i][j] = true;
                    count += 1;
                }
            }
        }
        count
    }
}

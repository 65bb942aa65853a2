pub struct Solution;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        let n = s.len();
        let mut dp = vec![false; n + 1];
        dp[n] = true;
        for i in (0..n).rev() {
            for w in &word_dict {
                if i + w.len() <= n && &s[i..i + w.len()] == w.as_str() {
                    dp[i] = dp[i + w.len()];
                }
                if dp[i] {
                    break;
                }
            }
        }
        dp[0]
    }
}

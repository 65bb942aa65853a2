pub struct Solution;

impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len();
        // dp[i][j] is true when chars[i..=j] is a palindrome
        let mut dp = vec![vec![false; n]; n];
        for len in 1..=n {
            for i in 0..=n - len {
                let j = i + len - 1;
                dp[i][j] = chars[i] == chars[j] && (len <= 2 || dp[i + 1][j - 1]);
            }
        }
        let mut result = vec![];
        let mut path = vec![];
        Self::backtrack(&chars, &dp, 0, &mut path, &mut result);
        result
    }

    fn backtrack(
        chars: &Vec<char>,
        dp: &Vec<Vec<bool>>,
        start: usize,
        path: &mut Vec<String>,
        result: &mut Vec<Vec<String>>,
    ) {
        if start == chars.len() {
            result.push(path.clone());
            return;
        }
        for end in start..chars.len() {
            if dp[start][end] {
                path.push(chars[start..=end].iter().collect());
                Self::backtrack(chars, dp, end + 1, path, result);
                path.pop();
            }
        }
    }
}

pub struct Solution;

impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        fn dfs(i: usize, j: usize, a: &[u8], b: &[u8], memo: &mut Vec<Vec<i32>>) -> i32 {
            if i == a.len() || j == b.len() {
                return 0;
            }
            if memo[i][j] != -1 {
                return memo[i][j];
            }
            let res = if a[i] == b[j] {
                1 + dfs(i + 1, j + 1, a, b, memo)
            } else {
                dfs(i + 1, j, a, b, memo).max(dfs(i, j + 1, a, b, memo))
            };
            memo[i][j] = res;
            res
        }
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut memo = vec![vec![-1; b.len()]; a.len()];
        dfs(0, 0, a, b, &mut memo)
    }
}

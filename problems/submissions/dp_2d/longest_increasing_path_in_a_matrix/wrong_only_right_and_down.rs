pub struct Solution;

impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // like unique paths: assumes the path only moves right or down
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut dp = vec![vec![1; n]; m];
        let mut best = 1;
        for r in (0..m).rev() {
            for c in (0..n).rev() {
                if r + 1 < m && matrix[r + 1][c] > matrix[r][c] {
                    dp[r][c] = dp[r][c].max(dp[r + 1][c] + 1);
                }
                if c + 1 < n && matrix[r][c + 1] > matrix[r][c] {
                    dp[r][c] = dp[r][c].max(dp[r][c + 1] + 1);
                }
                best = best.max(dp[r][c]);
            }
        }
        best
    }
}

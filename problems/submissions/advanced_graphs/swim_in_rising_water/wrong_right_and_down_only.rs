pub struct Solution;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        // dp[r][c]: the lowest "highest cell" of a path that only moves right or down.
        let n = grid.len();
        let mut dp = vec![vec![i32::MAX; n]; n];
        dp[0][0] = grid[0][0];
        for r in 0..n {
            for c in 0..n {
                if r > 0 {
                    dp[r][c] = dp[r][c].min(dp[r - 1][c].max(grid[r][c]));
                }
                if c > 0 {
                    dp[r][c] = dp[r][c].min(dp[r][c - 1].max(grid[r][c]));
                }
            }
        }
        dp[n - 1][n - 1]
    }
}

impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        fn dfs(r: usize, c: usize, matrix: &Vec<Vec<i32>>, dp: &mut Vec<Vec<i32>>) -> i32 {
            if dp[r][c] != 0 {
                return dp[r][c];
            }
            let (rows, cols) = (matrix.len(), matrix[0].len());
            let mut res = 1;
            let dirs = [(-1i32, 0i32), (1, 0), (0, -1), (0, 1)];
            for (dr, dc) in dirs {
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr < 0 || nc < 0 || nr >= rows as i32 || nc >= cols as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                if matrix[nr][nc] > matrix[r][c] {
                    res = res.max(1 + dfs(nr, nc, matrix, dp));
                }
            }
            dp[r][c] = res;
            res
        }
        let mut dp = vec![vec![0; matrix[0].len()]; matrix.len()];
        let mut best = 0;
        for r in 0..matrix.len() {
            for c in 0..matrix[0].len() {
                best = best.max(dfs(r, c, &matrix, &mut dp));
            }
        }
        best
    }
}

pub struct Solution;

impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        fn dfs(r: i32, c: i32, prev: i64, matrix: &Vec<Vec<i32>>) -> i32 {
            if r < 0 || c < 0 || r as usize >= matrix.len() || c as usize >= matrix[0].len() {
                return 0;
            }
            let v = matrix[r as usize][c as usize];
            if (v as i64) <= prev {
                return 0;
            }
            let mut res = 1;
            res = res.max(1 + dfs(r + 1, c, v as i64, matrix));
            res = res.max(1 + dfs(r - 1, c, v as i64, matrix));
            res = res.max(1 + dfs(r, c + 1, v as i64, matrix));
            res = res.max(1 + dfs(r, c - 1, v as i64, matrix));
            res
        }
        let mut best = 0;
        for r in 0..matrix.len() {
            for c in 0..matrix[0].len() {
                best = best.max(dfs(r as i32, c as i32, -1, &matrix));
            }
        }
        best
    }
}

pub struct Solution;

impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut res = vec![];
        // one full ring per layer; a leftover middle row or column is never walked
        for k in 0..m.min(n) / 2 {
            for c in k..n - 1 - k {
                res.push(matrix[k][c]);
            }
            for r in k..m - 1 - k {
                res.push(matrix[r][n - 1 - k]);
            }
            for c in (k + 1..n - k).rev() {
                res.push(matrix[m - 1 - k][c]);
            }
            for r in (k + 1..m - k).rev() {
                res.push(matrix[r][k]);
            }
        }
        res
    }
}

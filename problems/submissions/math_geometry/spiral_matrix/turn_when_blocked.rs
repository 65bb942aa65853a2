pub struct Solution;

impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut seen = vec![vec![false; n]; m];
        let dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        let (mut r, mut c, mut d) = (0i32, 0i32, 0usize);
        let mut res = Vec::with_capacity(m * n);
        for _ in 0..m * n {
            res.push(matrix[r as usize][c as usize]);
            seen[r as usize][c as usize] = true;
            let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
            if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 || seen[nr as usize][nc as usize] {
                d = (d + 1) % 4;
            }
            r += dirs[d].0;
            c += dirs[d].1;
        }
        res
    }
}

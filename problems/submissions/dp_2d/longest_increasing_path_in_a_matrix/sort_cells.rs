pub struct Solution;

impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut cells = Vec::with_capacity(m * n);
        for r in 0..m {
            for c in 0..n {
                cells.push((matrix[r][c], r, c));
            }
        }
        // smallest first: a cell's smaller neighbours are final before it
        cells.sort_unstable();
        let mut len = vec![vec![1; n]; m];
        let mut best = 1;
        for (v, r, c) in cells {
            let mut here = 1;
            if r > 0 && matrix[r - 1][c] < v {
                here = here.max(len[r - 1][c] + 1);
            }
            if r + 1 < m && matrix[r + 1][c] < v {
                here = here.max(len[r + 1][c] + 1);
            }
            if c > 0 && matrix[r][c - 1] < v {
                here = here.max(len[r][c - 1] + 1);
            }
            if c + 1 < n && matrix[r][c + 1] < v {
                here = here.max(len[r][c + 1] + 1);
            }
            len[r][c] = here;
            best = best.max(here);
        }
        best
    }
}

impl Solution {
    pub fn linear_regression(x: Vec<Vec<f64>>, y: Vec<f64>) -> Vec<f64> {
        let m = x[0].len() + 1;
        let mut g = vec![vec![0.0; m]; m];
        let mut b = vec![0.0; m];
        for (xi, &yi) in x.iter().zip(&y) {
            let row: Vec<f64> = std::iter::once(1.0).chain(xi.iter().copied()).collect();
            for r in 0..m {
                for c in 0..m {
                    g[r][c] += row[r] * row[c];
                }
                b[r] += row[r] * yi;
            }
        }
        for col in 0..m {
            let mut p = col;
            for r in col + 1..m {
                if g[r][col].abs() > g[p][col].abs() {
                    p = r;
                }
            }
            // Partial pivoting swaps the rows of G... but not the entries of b.
            g.swap(col, p);
            for r in col + 1..m {
                let f = g[r][col] / g[col][col];
                for c in col..m {
                    g[r][c] -= f * g[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        let mut w = vec![0.0; m];
        for r in (0..m).rev() {
            let s: f64 = (r + 1..m).map(|c| g[r][c] * w[c]).sum();
            w[r] = (b[r] - s) / g[r][r];
        }
        w
    }
}

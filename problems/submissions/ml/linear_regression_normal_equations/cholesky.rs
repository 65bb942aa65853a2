pub struct Solution;

impl Solution {
    /// The normal equations G w = b with G = A^T A symmetric positive definite: G = L L^T, then
    /// two triangular solves.
    pub fn linear_regression(x: Vec<Vec<f64>>, y: Vec<f64>) -> Vec<f64> {
        let m = x[0].len() + 1;
        let mut g = vec![vec![0.0; m]; m];
        let mut b = vec![0.0; m];
        let mut row = vec![0.0; m];
        for (xi, &yi) in x.iter().zip(&y) {
            row[0] = 1.0;
            row[1..].copy_from_slice(xi);
            for r in 0..m {
                for c in 0..=r {
                    g[r][c] += row[r] * row[c];
                }
                b[r] += row[r] * yi;
            }
        }
        let mut l = vec![vec![0.0; m]; m];
        for i in 0..m {
            for j in 0..=i {
                let mut s = g[i][j];
                for k in 0..j {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = if i == j { s.sqrt() } else { s / l[j][j] };
            }
        }
        let mut z = b;
        for i in 0..m {
            for k in 0..i {
                z[i] -= l[i][k] * z[k];
            }
            z[i] /= l[i][i];
        }
        let mut w = z;
        for i in (0..m).rev() {
            for k in i + 1..m {
                w[i] -= l[k][i] * w[k];
            }
            w[i] /= l[i][i];
        }
        w
    }
}

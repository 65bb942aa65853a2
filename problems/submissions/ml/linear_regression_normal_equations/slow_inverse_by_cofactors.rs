impl Solution {
    pub fn linear_regression(x: Vec<Vec<f64>>, y: Vec<f64>) -> Vec<f64> {
        let m = x[0].len() + 1;
        let a: Vec<Vec<f64>> = x
            .iter()
            .map(|r| std::iter::once(1.0).chain(r.iter().copied()).collect())
            .collect();
        let mut g = vec![vec![0.0; m]; m];
        let mut b = vec![0.0; m];
        for (row, &yi) in a.iter().zip(&y) {
            for r in 0..m {
                for c in 0..m {
                    g[r][c] += row[r] * row[c];
                }
                b[r] += row[r] * yi;
            }
        }
        // w = (A^T A)^-1 A^T y, the inverse as adjugate / determinant.
        let inv = inverse(&g);
        (0..m)
            .map(|r| (0..m).map(|c| inv[r][c] * b[c]).sum())
            .collect()
    }
}

fn minor(a: &[Vec<f64>], row: usize, col: usize) -> Vec<Vec<f64>> {
    a.iter()
        .enumerate()
        .filter(|&(i, _)| i != row)
        .map(|(_, r)| {
            r.iter()
                .enumerate()
                .filter(|&(j, _)| j != col)
                .map(|(_, &v)| v)
                .collect()
        })
        .collect()
}

/// Laplace expansion along the first row.
fn determinant(a: &[Vec<f64>]) -> f64 {
    if a.len() == 1 {
        return a[0][0];
    }
    if a.len() == 2 {
        return a[0][0] * a[1][1] - a[0][1] * a[1][0];
    }
    let mut det = 0.0;
    for c in 0..a.len() {
        let sign = if c % 2 == 0 { 1.0 } else { -1.0 };
        det += sign * a[0][c] * determinant(&minor(a, 0, c));
    }
    det
}

fn inverse(a: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let m = a.len();
    let det = determinant(a);
    if m == 1 {
        return vec![vec![1.0 / det]];
    }
    let mut inv = vec![vec![0.0; m]; m];
    for r in 0..m {
        for c in 0..m {
            let sign = if (r + c) % 2 == 0 { 1.0 } else { -1.0 };
            // The adjugate is the transposed matrix of cofactors.
            inv[c][r] = sign * determinant(&minor(a, r, c)) / det;
        }
    }
    inv
}

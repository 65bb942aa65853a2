//! The small dense linear algebra the regression drills share: the design matrix with its column
//! of ones, Gram matrices, a linear solve, and the conditioning test that keeps their inputs far
//! from collinear (so that the least-squares weights are unique and any stable method finds them
//! to the stated tolerance).

/// `[1, x_1, ..., x_d]` for each row: the bias is weight 0.
pub fn with_bias(x: &[Vec<f64>]) -> Vec<Vec<f64>> {
    x.iter()
        .map(|row| std::iter::once(1.0).chain(row.iter().copied()).collect())
        .collect()
}

/// `b + w . x` for one row, with `weights = [b, w_1, ..., w_d]`.
pub fn predict(weights: &[f64], row: &[f64]) -> f64 {
    weights[0]
        + weights[1..]
            .iter()
            .zip(row)
            .map(|(w, x)| w * x)
            .sum::<f64>()
}

/// `A^T A` for a matrix given by rows.
pub fn gram(rows: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let m = rows.first().map_or(0, Vec::len);
    let mut g = vec![vec![0.0; m]; m];
    for row in rows {
        for i in 0..m {
            for j in i..m {
                g[i][j] += row[i] * row[j];
            }
        }
    }
    let upper = g.clone();
    for (i, row) in g.iter_mut().enumerate() {
        for (j, entry) in row.iter_mut().enumerate().take(i) {
            *entry = upper[j][i];
        }
    }
    g
}

/// `A^T v` for a matrix given by rows.
pub fn transpose_times(rows: &[Vec<f64>], v: &[f64]) -> Vec<f64> {
    let m = rows.first().map_or(0, Vec::len);
    let mut out = vec![0.0; m];
    for (row, &vi) in rows.iter().zip(v) {
        for (o, &a) in out.iter_mut().zip(row) {
            *o += a * vi;
        }
    }
    out
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; `None` when a pivot is zero.
pub fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let m = b.len();
    for col in 0..m {
        let pivot = (col..m).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col] == 0.0 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        let (above, below) = a.split_at_mut(col + 1);
        let pivot_row = &above[col];
        for (offset, row) in below.iter_mut().enumerate() {
            let factor = row[col] / pivot_row[col];
            for (entry, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                *entry -= factor * p;
            }
            b[col + 1 + offset] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; m];
    for row in (0..m).rev() {
        let tail: f64 = (row + 1..m).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - tail) / a[row][row];
    }
    Some(x)
}

/// The 1-norm condition number of the Gram matrix of `rows` after each column is scaled to unit
/// length: 1 for orthogonal columns, infinite for collinear ones. Scaling first makes it measure
/// how close the columns are to collinear, not how different their units are.
pub fn scaled_condition(rows: &[Vec<f64>]) -> f64 {
    let mut g = gram(rows);
    let m = g.len();
    let norms: Vec<f64> = (0..m).map(|i| g[i][i].sqrt()).collect();
    if norms.iter().any(|&s| s == 0.0 || !s.is_finite()) {
        return f64::INFINITY;
    }
    for i in 0..m {
        for j in 0..m {
            g[i][j] /= norms[i] * norms[j];
        }
    }
    let norm_1 = |a: &[Vec<f64>]| {
        (0..m)
            .map(|j| (0..m).map(|i| a[i][j].abs()).sum::<f64>())
            .fold(0.0, f64::max)
    };
    let mut inverse = vec![vec![0.0; m]; m];
    for j in 0..m {
        let mut unit = vec![0.0; m];
        unit[j] = 1.0;
        match solve(g.clone(), unit) {
            Some(column) => {
                for i in 0..m {
                    inverse[i][j] = column[i];
                }
            }
            None => return f64::INFINITY,
        }
    }
    norm_1(&g) * norm_1(&inverse)
}

/// The Euclidean norm.
pub fn norm(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// Column `j` of a matrix given by rows.
pub fn column(rows: &[Vec<f64>], j: usize) -> Vec<f64> {
    rows.iter().map(|row| row[j]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solves_and_measures_conditioning() {
        let a = vec![vec![0.0, 2.0], vec![3.0, 1.0]];
        let x = solve(a, vec![4.0, 5.0]).unwrap();
        assert!((x[0] - 1.0).abs() < 1e-12 && (x[1] - 2.0).abs() < 1e-12);
        assert!(solve(vec![vec![1.0, 2.0], vec![2.0, 4.0]], vec![1.0, 1.0]).is_none());
        let orthogonal = vec![vec![1.0, 0.0], vec![0.0, 100.0]];
        assert!((scaled_condition(&orthogonal) - 1.0).abs() < 1e-12);
        let collinear = vec![vec![1.0, 2.0], vec![2.0, 4.0], vec![3.0, 6.0]];
        assert!(scaled_condition(&collinear) > 1e12);
        assert_eq!(
            gram(&[vec![1.0, 2.0], vec![3.0, 4.0]]),
            vec![vec![10.0, 14.0], vec![14.0, 20.0]]
        );
        assert_eq!(
            transpose_times(&[vec![1.0, 2.0], vec![3.0, 4.0]], &[1.0, 1.0]),
            vec![4.0, 6.0]
        );
        assert_eq!(predict(&[1.0, 2.0, 3.0], &[10.0, 100.0]), 321.0);
    }
}

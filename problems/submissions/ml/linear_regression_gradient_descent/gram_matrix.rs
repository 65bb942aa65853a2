pub struct Solution;

impl Solution {
    /// The loss is a quadratic in w: with G = A^T A, b = A^T y and c = y . y (A = [1 | x]) the
    /// gradient is (G w - b) / n and the loss (w.G w - 2 w.b + c) / 2n. One pass over the data,
    /// then O(d^2) per step.
    pub fn linear_regression_gd(
        x: Vec<Vec<f64>>,
        y: Vec<f64>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>) {
        let n = x.len() as f64;
        let m = x[0].len() + 1;
        let mut g = vec![vec![0.0; m]; m];
        let mut b = vec![0.0; m];
        let mut c = 0.0;
        let mut row = vec![1.0; m];
        for (xi, &yi) in x.iter().zip(&y) {
            row[1..].copy_from_slice(xi);
            for p in 0..m {
                for q in 0..m {
                    g[p][q] += row[p] * row[q];
                }
                b[p] += row[p] * yi;
            }
            c += yi * yi;
        }
        let mut w = vec![0.0; m];
        let mut losses = Vec::with_capacity(steps + 1);
        for step in 0..=steps {
            let gw: Vec<f64> = g
                .iter()
                .map(|gp| gp.iter().zip(&w).map(|(a, v)| a * v).sum())
                .collect();
            let quadratic: f64 = w.iter().zip(&gw).map(|(a, v)| a * v).sum();
            let linear: f64 = w.iter().zip(&b).map(|(a, v)| a * v).sum();
            losses.push((quadratic - 2.0 * linear + c) / (2.0 * n));
            if step == steps {
                break;
            }
            for p in 0..m {
                w[p] -= learning_rate * (gw[p] - b[p]) / n;
            }
        }
        (w, losses)
    }
}

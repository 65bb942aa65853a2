impl Solution {
    pub fn linear_regression_gd(
        x: Vec<Vec<f64>>,
        y: Vec<f64>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>) {
        let n = x.len();
        let d = x[0].len();
        let predict = |w: &[f64], xi: &[f64]| -> f64 {
            let mut p = w[0];
            for j in 0..d {
                p += w[j + 1] * xi[j];
            }
            p
        };
        let loss = |w: &[f64]| -> f64 {
            (0..n)
                .map(|i| (predict(w, &x[i]) - y[i]).powi(2))
                .sum::<f64>()
                / (2.0 * n as f64)
        };
        let mut w = vec![0.0; d + 1];
        let mut losses = vec![loss(&w)];
        for _ in 0..steps {
            // dL/dw_j = (1/n) sum_i (pred_i - y_i) x_ij, with pred_i recomputed for every j.
            let mut grad = vec![0.0; d + 1];
            for j in 0..=d {
                for i in 0..n {
                    let feature = if j == 0 { 1.0 } else { x[i][j - 1] };
                    grad[j] += (predict(&w, &x[i]) - y[i]) * feature;
                }
                grad[j] /= n as f64;
            }
            for j in 0..=d {
                w[j] -= learning_rate * grad[j];
            }
            losses.push(loss(&w));
        }
        (w, losses)
    }
}

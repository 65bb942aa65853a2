impl Solution {
    pub fn logistic_regression(
        x: Vec<Vec<f64>>,
        y: Vec<i32>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let n = x.len();
        let d = x[0].len();
        let logit = |w: &[f64], xi: &[f64]| -> f64 {
            let mut z = w[0];
            for j in 0..d {
                z += w[j + 1] * xi[j];
            }
            z
        };
        let sigmoid = |z: f64| {
            if z >= 0.0 {
                1.0 / (1.0 + (-z).exp())
            } else {
                z.exp() / (1.0 + z.exp())
            }
        };
        let loss = |w: &[f64]| -> f64 {
            (0..n)
                .map(|i| {
                    let z = logit(w, &x[i]);
                    z.max(0.0) + (-z.abs()).exp().ln_1p() - y[i] as f64 * z
                })
                .sum::<f64>()
                / n as f64
        };
        // dL/dw_j = (1/n) sum_i (sigmoid(z_i) - y_i) x_ij, with z_i recomputed for every j.
        let gradient = |w: &[f64]| -> Vec<f64> {
            (0..=d)
                .map(|j| {
                    (0..n)
                        .map(|i| {
                            let feature = if j == 0 { 1.0 } else { x[i][j - 1] };
                            (sigmoid(logit(w, &x[i])) - y[i] as f64) * feature
                        })
                        .sum::<f64>()
                        / n as f64
                })
                .collect()
        };
        let mut w = vec![0.0; d + 1];
        let mut losses = vec![loss(&w)];
        for _ in 0..steps {
            let g = gradient(&w);
            for j in 0..=d {
                w[j] -= learning_rate * g[j];
            }
            losses.push(loss(&w));
        }
        let g = gradient(&w);
        (w, losses, g)
    }
}

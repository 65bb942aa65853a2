impl Solution {
    pub fn linear_regression_gd(
        x: Vec<Vec<f64>>,
        y: Vec<f64>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>) {
        let n = x.len();
        let d = x[0].len();
        let mut w = vec![0.0; d + 1];
        let mut losses = Vec::new();
        for step in 0..=steps {
            let mut err = vec![0.0; n];
            let mut loss = 0.0;
            for i in 0..n {
                let mut pred = w[0];
                for j in 0..d {
                    pred += w[j + 1] * x[i][j];
                }
                err[i] = pred - y[i];
                loss += err[i] * err[i];
            }
            losses.push(loss / (2.0 * n as f64));
            if step == steps {
                break;
            }
            let mut grad = vec![0.0; d + 1];
            for i in 0..n {
                grad[0] += err[i];
                for j in 0..d {
                    grad[j + 1] += err[i] * x[i][j];
                }
            }
            for j in 0..=d {
                w[j] -= learning_rate * grad[j] / n as f64;
            }
        }
        (w, losses)
    }
}

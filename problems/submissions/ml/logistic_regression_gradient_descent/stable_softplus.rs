impl Solution {
    pub fn logistic_regression(
        x: Vec<Vec<f64>>,
        y: Vec<i32>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        fn sigmoid(z: f64) -> f64 {
            if z >= 0.0 {
                1.0 / (1.0 + (-z).exp())
            } else {
                let e = z.exp();
                e / (1.0 + e)
            }
        }
        // ln(1 + e^z), finite for any z.
        fn softplus(z: f64) -> f64 {
            z.max(0.0) + (-z.abs()).exp().ln_1p()
        }
        let n = x.len();
        let d = x[0].len();
        let mut w = vec![0.0; d + 1];
        let mut losses = Vec::with_capacity(steps + 1);
        let mut grad = vec![0.0; d + 1];
        for step in 0..=steps {
            let mut loss = 0.0;
            grad.iter_mut().for_each(|g| *g = 0.0);
            for i in 0..n {
                let mut z = w[0];
                for j in 0..d {
                    z += w[j + 1] * x[i][j];
                }
                let yi = y[i] as f64;
                loss += softplus(z) - yi * z;
                let err = sigmoid(z) - yi;
                grad[0] += err;
                for j in 0..d {
                    grad[j + 1] += err * x[i][j];
                }
            }
            losses.push(loss / n as f64);
            for g in grad.iter_mut() {
                *g /= n as f64;
            }
            if step == steps {
                break;
            }
            for j in 0..=d {
                w[j] -= learning_rate * grad[j];
            }
        }
        (w, losses, grad)
    }
}

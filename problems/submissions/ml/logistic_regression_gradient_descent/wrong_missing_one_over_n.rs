impl Solution {
    pub fn logistic_regression(
        x: Vec<Vec<f64>>,
        y: Vec<i32>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let sigmoid = |z: f64| {
            if z >= 0.0 {
                1.0 / (1.0 + (-z).exp())
            } else {
                z.exp() / (1.0 + z.exp())
            }
        };
        let softplus = |z: f64| z.max(0.0) + (-z.abs()).exp().ln_1p();
        let n = x.len() as f64;
        let d = x[0].len();
        let mut w = vec![0.0; d + 1];
        let mut losses = Vec::new();
        loop {
            let mut loss = 0.0;
            let mut grad = vec![0.0; d + 1];
            for (xi, &yi) in x.iter().zip(&y) {
                let z = w[0] + (0..d).map(|j| w[j + 1] * xi[j]).sum::<f64>();
                loss += softplus(z) - yi as f64 * z;
                // Summed over the rows and never divided by n.
                let err = sigmoid(z) - yi as f64;
                grad[0] += err;
                for j in 0..d {
                    grad[j + 1] += err * xi[j];
                }
            }
            losses.push(loss / n);
            if losses.len() == steps + 1 {
                return (w, losses, grad);
            }
            for j in 0..=d {
                w[j] -= learning_rate * grad[j];
            }
        }
    }
}

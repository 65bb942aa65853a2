impl Solution {
    pub fn logistic_regression(
        x: Vec<Vec<f64>>,
        y: Vec<i32>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let n = x.len() as f64;
        let d = x[0].len();
        let mut w = vec![0.0; d + 1];
        let mut losses = Vec::new();
        let mut grad = vec![0.0; d + 1];
        for step in 0..=steps {
            let mut loss = 0.0;
            grad = vec![0.0; d + 1];
            for (xi, &yi) in x.iter().zip(&y) {
                let z = w[0] + (0..d).map(|j| w[j + 1] * xi[j]).sum::<f64>();
                let p = 1.0 / (1.0 + (-z).exp());
                let yi = yi as f64;
                // The textbook formula: once p rounds to exactly 1.0, ln(1 - p) is -inf.
                loss += -(yi * p.ln() + (1.0 - yi) * (1.0 - p).ln());
                grad[0] += (p - yi) / n;
                for j in 0..d {
                    grad[j + 1] += (p - yi) * xi[j] / n;
                }
            }
            losses.push(loss / n);
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

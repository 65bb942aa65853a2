pub struct Solution;

/// ln(sigmoid(z)) = -ln(1 + e^-z), written so neither branch overflows.
fn log_sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        -(-z).exp().ln_1p()
    } else {
        z - z.exp().ln_1p()
    }
}

fn sigmoid(z: f64) -> f64 {
    log_sigmoid(z).exp()
}

/// Logits, mean cross-entropy and gradient at `w`.
fn evaluate(x: &[Vec<f64>], y: &[i32], w: &[f64]) -> (f64, Vec<f64>) {
    let n = x.len() as f64;
    let mut loss = 0.0;
    let mut grad = vec![0.0; w.len()];
    for (xi, &yi) in x.iter().zip(y) {
        let z = w[0] + xi.iter().zip(&w[1..]).map(|(a, b)| a * b).sum::<f64>();
        // -[y ln p + (1 - y) ln(1 - p)], with ln(1 - p) = ln sigmoid(-z).
        loss -= if yi == 1 {
            log_sigmoid(z)
        } else {
            log_sigmoid(-z)
        };
        let err = sigmoid(z) - yi as f64;
        grad[0] += err / n;
        for (g, xij) in grad[1..].iter_mut().zip(xi) {
            *g += err * xij / n;
        }
    }
    (loss / n, grad)
}

impl Solution {
    pub fn logistic_regression(
        x: Vec<Vec<f64>>,
        y: Vec<i32>,
        learning_rate: f64,
        steps: usize,
    ) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
        let mut w = vec![0.0; x[0].len() + 1];
        let mut losses = Vec::with_capacity(steps + 1);
        for _ in 0..steps {
            let (loss, grad) = evaluate(&x, &y, &w);
            losses.push(loss);
            for (wj, g) in w.iter_mut().zip(&grad) {
                *wj -= learning_rate * g;
            }
        }
        let (loss, grad) = evaluate(&x, &y, &w);
        losses.push(loss);
        (w, losses, grad)
    }
}

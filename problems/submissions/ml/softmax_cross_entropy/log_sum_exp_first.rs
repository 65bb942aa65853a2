pub struct Solution;

impl Solution {
    /// log-sum-exp of each row first; then every probability is e^(z - lse) and the row's loss
    /// lse - z[target].
    pub fn softmax_cross_entropy(
        logits: Vec<Vec<f64>>,
        targets: Vec<usize>,
    ) -> (Vec<Vec<f64>>, f64) {
        let mut total = 0.0;
        let probs = logits
            .iter()
            .zip(&targets)
            .map(|(row, &t)| {
                let m = row.iter().fold(f64::MIN, |a, &b| a.max(b));
                let lse = m + row.iter().map(|z| (z - m).exp()).sum::<f64>().ln();
                total += lse - row[t];
                row.iter().map(|z| (z - lse).exp()).collect()
            })
            .collect();
        (probs, total / logits.len() as f64)
    }
}

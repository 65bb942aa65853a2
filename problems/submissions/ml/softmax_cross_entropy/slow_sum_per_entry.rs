impl Solution {
    pub fn softmax_cross_entropy(
        logits: Vec<Vec<f64>>,
        targets: Vec<usize>,
    ) -> (Vec<Vec<f64>>, f64) {
        let n = logits.len();
        let mut probs = vec![vec![0.0; logits[0].len()]; n];
        let mut loss = 0.0;
        for i in 0..n {
            let row = &logits[i];
            let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            for j in 0..row.len() {
                // The denominator, summed again for every entry of the row.
                let denom: f64 = row.iter().map(|z| (z - m).exp()).sum();
                probs[i][j] = (row[j] - m).exp() / denom;
            }
            let denom: f64 = row.iter().map(|z| (z - m).exp()).sum();
            loss += m + denom.ln() - row[targets[i]];
        }
        (probs, loss / n as f64)
    }
}

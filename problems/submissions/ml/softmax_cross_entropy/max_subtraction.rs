impl Solution {
    pub fn softmax_cross_entropy(
        logits: Vec<Vec<f64>>,
        targets: Vec<usize>,
    ) -> (Vec<Vec<f64>>, f64) {
        let n = logits.len();
        let mut probs = Vec::with_capacity(n);
        let mut loss = 0.0;
        for i in 0..n {
            let row = &logits[i];
            let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let exps: Vec<f64> = row.iter().map(|&z| (z - m).exp()).collect();
            let s: f64 = exps.iter().sum();
            // -ln p[t] = -(z[t] - m - ln s)
            loss += m + s.ln() - row[targets[i]];
            probs.push(exps.iter().map(|e| e / s).collect());
        }
        (probs, loss / n as f64)
    }
}

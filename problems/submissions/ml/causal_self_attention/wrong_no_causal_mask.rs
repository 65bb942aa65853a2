impl Solution {
    pub fn causal_self_attention(
        q: Vec<Vec<f64>>,
        k: Vec<Vec<f64>>,
        v: Vec<Vec<f64>>,
    ) -> Vec<Vec<f64>> {
        let n = q.len();
        let d = q[0].len();
        let scale = 1.0 / (d as f64).sqrt();
        let mut out = vec![vec![0.0; d]; n];
        for i in 0..n {
            let mut scores = vec![0.0; n];
            for j in 0..n {
                scores[j] = (0..d).map(|c| q[i][c] * k[j][c]).sum::<f64>() * scale;
            }
            let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
            let sum: f64 = exps.iter().sum();
            for j in 0..n {
                for c in 0..d {
                    out[i][c] += exps[j] / sum * v[j][c];
                }
            }
        }
        out
    }
}

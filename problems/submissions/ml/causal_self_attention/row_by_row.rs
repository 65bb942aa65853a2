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
            let mut scores = vec![0.0; i + 1];
            for j in 0..=i {
                let mut s = 0.0;
                for c in 0..d {
                    s += q[i][c] * k[j][c];
                }
                scores[j] = s * scale;
            }
            let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let mut sum = 0.0;
            for s in scores.iter_mut() {
                *s = (*s - max).exp();
                sum += *s;
            }
            for j in 0..=i {
                let w = scores[j] / sum;
                for c in 0..d {
                    out[i][c] += w * v[j][c];
                }
            }
        }
        out
    }
}

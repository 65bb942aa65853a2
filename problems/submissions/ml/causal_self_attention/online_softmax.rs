pub struct Solution;

impl Solution {
    pub fn causal_self_attention(
        q: Vec<Vec<f64>>,
        k: Vec<Vec<f64>>,
        v: Vec<Vec<f64>>,
    ) -> Vec<Vec<f64>> {
        let d = q[0].len();
        let scale = (d as f64).sqrt().recip();
        q.iter()
            .enumerate()
            .map(|(i, qi)| {
                // Running maximum m, running sum l of exp(s - m), running output acc.
                let (mut m, mut l) = (f64::NEG_INFINITY, 0.0);
                let mut acc = vec![0.0; d];
                for (kj, vj) in k[..=i].iter().zip(&v[..=i]) {
                    let s = qi.iter().zip(kj).map(|(a, b)| a * b).sum::<f64>() * scale;
                    let m_new = m.max(s);
                    let correction = (m - m_new).exp();
                    let p = (s - m_new).exp();
                    l = l * correction + p;
                    for (a, x) in acc.iter_mut().zip(vj) {
                        *a = *a * correction + p * x;
                    }
                    m = m_new;
                }
                acc.into_iter().map(|a| a / l).collect()
            })
            .collect()
    }
}

impl Solution {
    pub fn best_gini_split(feature: Vec<f64>, labels: Vec<i32>) -> (f64, f64) {
        let n = feature.len();
        let mut values = feature.clone();
        values.sort_by(|a, b| a.partial_cmp(b).unwrap());
        values.dedup();
        let mut best = (0.0, f64::MAX);
        for w in values.windows(2) {
            let t = (w[0] + w[1]) / 2.0;
            // Count both sides for this threshold.
            let mut left = [0usize; 10];
            let mut right = [0usize; 10];
            for i in 0..n {
                if feature[i] <= t {
                    left[labels[i] as usize] += 1;
                } else {
                    right[labels[i] as usize] += 1;
                }
            }
            let nl: usize = left.iter().sum();
            let nr = n - nl;
            let gl = 1.0 - left.iter().map(|&c| (c as f64 / nl as f64).powi(2)).sum::<f64>();
            let gr = 1.0 - right.iter().map(|&c| (c as f64 / nr as f64).powi(2)).sum::<f64>();
            let g = nl as f64 / n as f64 * gl + nr as f64 / n as f64 * gr;
            if g < best.1 {
                best = (t, g);
            }
        }
        best
    }
}

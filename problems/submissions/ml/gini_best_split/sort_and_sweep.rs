impl Solution {
    pub fn best_gini_split(feature: Vec<f64>, labels: Vec<i32>) -> (f64, f64) {
        let n = feature.len();
        let mut pairs: Vec<(f64, usize)> = feature
            .into_iter()
            .zip(labels.into_iter().map(|l| l as usize))
            .collect();
        pairs.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
        let mut right = [0usize; 10];
        for &(_, c) in &pairs {
            right[c] += 1;
        }
        let mut left = [0usize; 10];
        let gini = |counts: &[usize; 10], m: usize| -> f64 {
            let mut g = 1.0;
            for &c in counts.iter() {
                let p = c as f64 / m as f64;
                g -= p * p;
            }
            g
        };
        let mut best_threshold = 0.0;
        let mut best_impurity = f64::MAX;
        for i in 0..n - 1 {
            let c = pairs[i].1;
            left[c] += 1;
            right[c] -= 1;
            if pairs[i].0 == pairs[i + 1].0 {
                continue;
            }
            let (nl, nr) = (i + 1, n - i - 1);
            let impurity = nl as f64 / n as f64 * gini(&left, nl) + nr as f64 / n as f64 * gini(&right, nr);
            if impurity < best_impurity {
                best_impurity = impurity;
                best_threshold = (pairs[i].0 + pairs[i + 1].0) / 2.0;
            }
        }
        (best_threshold, best_impurity)
    }
}

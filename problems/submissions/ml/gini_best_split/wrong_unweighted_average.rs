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
            1.0 - counts.iter().map(|&c| (c as f64 / m as f64).powi(2)).sum::<f64>()
        };
        let mut best = (0.0, f64::MAX);
        for i in 0..n - 1 {
            let c = pairs[i].1;
            left[c] += 1;
            right[c] -= 1;
            if pairs[i].0 == pairs[i + 1].0 {
                continue;
            }
            // The impurity of a split: the mean of its two sides.
            let impurity = (gini(&left, i + 1) + gini(&right, n - i - 1)) / 2.0;
            if impurity < best.1 {
                best = ((pairs[i].0 + pairs[i + 1].0) / 2.0, impurity);
            }
        }
        best
    }
}

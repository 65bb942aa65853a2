pub struct Solution;

impl Solution {
    pub fn best_gini_split(feature: Vec<f64>, labels: Vec<i32>) -> (f64, f64) {
        let n = feature.len();
        let mut idx: Vec<usize> = (0..n).collect();
        idx.sort_unstable_by(|&a, &b| feature[a].total_cmp(&feature[b]));
        let mut right = vec![0i64; 10];
        for &l in &labels {
            right[l as usize] += 1;
        }
        let mut left = vec![0i64; 10];
        let mut sq_left = 0i64;
        let mut sq_right: i64 = right.iter().map(|c| c * c).sum();
        let mut best = (f64::NAN, f64::INFINITY);
        for w in 0..n - 1 {
            let c = labels[idx[w]] as usize;
            sq_left += 2 * left[c] + 1;
            sq_right -= 2 * right[c] - 1;
            left[c] += 1;
            right[c] -= 1;
            let (a, b) = (feature[idx[w]], feature[idx[w + 1]]);
            if a < b {
                let nl = (w + 1) as f64;
                let nr = (n - w - 1) as f64;
                // sum over sides of size/n * (1 - squares/size^2)
                let g = (nl - sq_left as f64 / nl + nr - sq_right as f64 / nr) / n as f64;
                if g < best.1 {
                    best = (a + (b - a) / 2.0, g);
                }
            }
        }
        best
    }
}

pub struct Solution;

impl Solution {
    pub fn roc_auc(scores: Vec<f64>, labels: Vec<i32>) -> f64 {
        let mut pairs: Vec<(f64, i32)> = scores.into_iter().zip(labels).collect();
        // Highest score first: lowering the threshold adds examples to the "positive" side.
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
        let p = pairs.iter().filter(|x| x.1 == 1).count() as f64;
        let n = pairs.len() as f64 - p;
        let (mut tp, mut fp, mut area) = (0.0, 0.0, 0.0);
        let mut i = 0;
        while i < pairs.len() {
            let (prev_tp, prev_fp) = (tp, fp);
            let threshold = pairs[i].0;
            while i < pairs.len() && pairs[i].0 == threshold {
                if pairs[i].1 == 1 {
                    tp += 1.0;
                } else {
                    fp += 1.0;
                }
                i += 1;
            }
            // Trapezoid between the two ROC points.
            area += (fp - prev_fp) / n * (tp + prev_tp) / 2.0 / p;
        }
        area
    }
}

pub struct Solution;

impl Solution {
    /// True positives, false positives and false negatives per class in the same pass as the
    /// matrix; F1 as 2TP / (2TP + FP + FN), which needs no precision or recall first.
    pub fn classification_metrics(
        y_true: Vec<i32>,
        y_pred: Vec<i32>,
        num_classes: usize,
    ) -> (Vec<Vec<i32>>, Vec<f64>, Vec<f64>, Vec<f64>) {
        let mut matrix = vec![vec![0i32; num_classes]; num_classes];
        let (mut tp, mut fp, mut fneg) = (
            vec![0u32; num_classes],
            vec![0u32; num_classes],
            vec![0u32; num_classes],
        );
        for (&t, &p) in y_true.iter().zip(&y_pred) {
            let (t, p) = (t as usize, p as usize);
            matrix[t][p] += 1;
            if t == p {
                tp[t] += 1;
            } else {
                fp[p] += 1;
                fneg[t] += 1;
            }
        }
        let safe = |a: u32, b: u32| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = (0..num_classes)
            .map(|k| safe(tp[k], tp[k] + fp[k]))
            .collect();
        let recall = (0..num_classes)
            .map(|k| safe(tp[k], tp[k] + fneg[k]))
            .collect();
        let f1 = (0..num_classes)
            .map(|k| safe(2 * tp[k], 2 * tp[k] + fp[k] + fneg[k]))
            .collect();
        (matrix, precision, recall, f1)
    }
}

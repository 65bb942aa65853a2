impl Solution {
    pub fn classification_metrics(
        y_true: Vec<i32>,
        y_pred: Vec<i32>,
        num_classes: usize,
    ) -> (Vec<Vec<i32>>, Vec<f64>, Vec<f64>, Vec<f64>) {
        let c = num_classes;
        let mut cm = vec![vec![0; c]; c];
        for (&t, &p) in y_true.iter().zip(&y_pred) {
            cm[t as usize][p as usize] += 1;
        }
        let (mut precision, mut recall, mut f1) = (vec![0.0; c], vec![0.0; c], vec![0.0; c]);
        // The matrix is there, but TP, FP and FN are counted again with a pass per class.
        for k in 0..c as i32 {
            let (mut tp, mut fp, mut fneg) = (0.0, 0.0, 0.0);
            for (&t, &p) in y_true.iter().zip(&y_pred) {
                if t == k && p == k {
                    tp += 1.0
                } else if p == k {
                    fp += 1.0
                } else if t == k {
                    fneg += 1.0
                }
            }
            let k = k as usize;
            if tp + fp > 0.0 {
                precision[k] = tp / (tp + fp);
            }
            if tp + fneg > 0.0 {
                recall[k] = tp / (tp + fneg);
            }
            if 2.0 * tp + fp + fneg > 0.0 {
                f1[k] = 2.0 * tp / (2.0 * tp + fp + fneg);
            }
        }
        (cm, precision, recall, f1)
    }
}

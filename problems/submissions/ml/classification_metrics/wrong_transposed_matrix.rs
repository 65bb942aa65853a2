impl Solution {
    pub fn classification_metrics(
        y_true: Vec<i32>,
        y_pred: Vec<i32>,
        num_classes: usize,
    ) -> (Vec<Vec<i32>>, Vec<f64>, Vec<f64>, Vec<f64>) {
        let c = num_classes;
        // Rows indexed by the prediction, columns by the truth.
        let mut cm = vec![vec![0; c]; c];
        for i in 0..y_true.len() {
            cm[y_pred[i] as usize][y_true[i] as usize] += 1;
        }
        let mut precision = vec![0.0; c];
        let mut recall = vec![0.0; c];
        let mut f1 = vec![0.0; c];
        for k in 0..c {
            let tp = cm[k][k] as f64;
            let col: i32 = (0..c).map(|r| cm[r][k]).sum();
            let row: i32 = cm[k].iter().sum();
            if col > 0 {
                precision[k] = tp / col as f64;
            }
            if row > 0 {
                recall[k] = tp / row as f64;
            }
            if precision[k] + recall[k] > 0.0 {
                f1[k] = 2.0 * precision[k] * recall[k] / (precision[k] + recall[k]);
            }
        }
        (cm, precision, recall, f1)
    }
}

impl Solution {
    pub fn classification_metrics(
        y_true: Vec<i32>,
        y_pred: Vec<i32>,
        num_classes: usize,
    ) -> (Vec<Vec<i32>>, Vec<f64>, Vec<f64>, Vec<f64>) {
        let c = num_classes;
        let n = y_true.len();
        let mut cm = vec![vec![0; c]; c];
        // Like `((y_true == t) & (y_pred == p)).sum()` for each cell: a pass over the data per cell.
        for t in 0..c {
            for p in 0..c {
                cm[t][p] = (0..n)
                    .filter(|&i| y_true[i] == t as i32 && y_pred[i] == p as i32)
                    .count() as i32;
            }
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

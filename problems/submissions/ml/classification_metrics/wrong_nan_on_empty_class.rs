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
        let (mut precision, mut recall, mut f1) = (vec![], vec![], vec![]);
        for k in 0..c {
            let tp = cm[k][k] as f64;
            let predicted: i32 = cm.iter().map(|row| row[k]).sum();
            let actual: i32 = cm[k].iter().sum();
            // 0.0 / 0.0 is NaN for a class never predicted or never present.
            let p = tp / predicted as f64;
            let r = tp / actual as f64;
            precision.push(p);
            recall.push(r);
            f1.push(2.0 * p * r / (p + r));
        }
        (cm, precision, recall, f1)
    }
}

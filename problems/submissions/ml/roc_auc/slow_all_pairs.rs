impl Solution {
    pub fn roc_auc(scores: Vec<f64>, labels: Vec<i32>) -> f64 {
        let (mut wins, mut pairs) = (0.0, 0.0);
        for i in 0..scores.len() {
            if labels[i] != 1 {
                continue;
            }
            for j in 0..scores.len() {
                if labels[j] == 0 {
                    pairs += 1.0;
                    if scores[i] > scores[j] {
                        wins += 1.0;
                    } else if scores[i] == scores[j] {
                        wins += 0.5;
                    }
                }
            }
        }
        wins / pairs
    }
}

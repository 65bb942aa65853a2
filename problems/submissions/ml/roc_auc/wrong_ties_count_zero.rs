impl Solution {
    pub fn roc_auc(scores: Vec<f64>, labels: Vec<i32>) -> f64 {
        let mut idx: Vec<usize> = (0..scores.len()).collect();
        idx.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
        let (mut negatives_strictly_below, mut wins) = (0u64, 0u64);
        let mut i = 0;
        while i < idx.len() {
            let mut j = i;
            let mut negatives_here = 0;
            while j < idx.len() && scores[idx[j]] == scores[idx[i]] {
                if labels[idx[j]] == 1 {
                    wins += negatives_strictly_below;
                } else {
                    negatives_here += 1;
                }
                j += 1;
            }
            negatives_strictly_below += negatives_here;
            i = j;
        }
        let pos = labels.iter().filter(|&&l| l == 1).count() as u64;
        wins as f64 / (pos * negatives_strictly_below) as f64
    }
}

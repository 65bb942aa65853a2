impl Solution {
    pub fn roc_auc(scores: Vec<f64>, labels: Vec<i32>) -> f64 {
        let mut idx: Vec<usize> = (0..scores.len()).collect();
        idx.sort_by(|&a, &b| scores[a].partial_cmp(&scores[b]).unwrap());
        // One example at a time: a positive beats the negatives sorted before it, even tied ones.
        let (mut negatives_seen, mut wins) = (0u64, 0u64);
        for &i in &idx {
            if labels[i] == 1 {
                wins += negatives_seen;
            } else {
                negatives_seen += 1;
            }
        }
        let pos = labels.iter().filter(|&&l| l == 1).count() as u64;
        wins as f64 / (pos * negatives_seen) as f64
    }
}

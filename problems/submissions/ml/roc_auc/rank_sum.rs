impl Solution {
    pub fn roc_auc(scores: Vec<f64>, labels: Vec<i32>) -> f64 {
        let n = scores.len();
        let mut idx: Vec<usize> = (0..n).collect();
        idx.sort_by(|&a, &b| scores[a].partial_cmp(&scores[b]).unwrap());
        // Average rank (1-based) for each group of tied scores.
        let mut ranks = vec![0.0; n];
        let mut i = 0;
        while i < n {
            let mut j = i;
            while j + 1 < n && scores[idx[j + 1]] == scores[idx[i]] {
                j += 1;
            }
            let avg = (i + j) as f64 / 2.0 + 1.0;
            for k in i..=j {
                ranks[idx[k]] = avg;
            }
            i = j + 1;
        }
        let pos = labels.iter().filter(|&&l| l == 1).count() as f64;
        let neg = n as f64 - pos;
        let rank_sum: f64 = (0..n).filter(|&i| labels[i] == 1).map(|i| ranks[i]).sum();
        (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
    }
}

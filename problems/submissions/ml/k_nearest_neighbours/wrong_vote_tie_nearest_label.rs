use std::collections::HashMap;

impl Solution {
    pub fn knn_classify(
        train: Vec<Vec<f64>>,
        labels: Vec<i32>,
        queries: Vec<Vec<f64>>,
        k: usize,
    ) -> Vec<i32> {
        queries
            .iter()
            .map(|q| {
                let mut dists: Vec<(f64, usize)> = train
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p.iter().zip(q).map(|(a, b)| (a - b) * (a - b)).sum(), i))
                    .collect();
                let cmp = |a: &(f64, usize), b: &(f64, usize)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
                if k < dists.len() {
                    dists.select_nth_unstable_by(k - 1, cmp);
                }
                let nearest = &mut dists[..k];
                nearest.sort_by(cmp);
                let mut counts: HashMap<i32, usize> = HashMap::new();
                for &(_, i) in nearest.iter() {
                    *counts.entry(labels[i]).or_insert(0) += 1;
                }
                let most = *counts.values().max().unwrap();
                // On a tied vote, trust the closest neighbour among the tied labels.
                nearest
                    .iter()
                    .map(|&(_, i)| labels[i])
                    .find(|l| counts[l] == most)
                    .unwrap()
            })
            .collect()
    }
}

use std::collections::HashMap;

impl Solution {
    pub fn knn_classify(
        train: Vec<Vec<f64>>,
        labels: Vec<i32>,
        queries: Vec<Vec<f64>>,
        k: usize,
    ) -> Vec<i32> {
        let mut result = Vec::with_capacity(queries.len());
        for q in &queries {
            let mut dists: Vec<(f64, usize)> = train
                .iter()
                .enumerate()
                .map(|(i, p)| (p.iter().zip(q).map(|(a, b)| (a - b) * (a - b)).sum(), i))
                .collect();
            dists.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let mut counts: HashMap<i32, usize> = HashMap::new();
            for &(_, i) in &dists[..k] {
                *counts.entry(labels[i]).or_insert(0) += 1;
            }
            let most = *counts.values().max().unwrap();
            result.push(*counts.keys().filter(|l| counts[*l] == most).min().unwrap());
        }
        result
    }
}

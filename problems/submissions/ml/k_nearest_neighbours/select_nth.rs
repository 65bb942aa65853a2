use std::collections::HashMap;

pub struct Solution;

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
                    .map(|(i, p)| (p.iter().zip(q).map(|(a, b)| (a - b).powi(2)).sum(), i))
                    .collect();
                if k < dists.len() {
                    dists.select_nth_unstable_by(k - 1, |a, b| {
                        a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1))
                    });
                }
                let mut counts: HashMap<i32, usize> = HashMap::new();
                for &(_, i) in &dists[..k] {
                    *counts.entry(labels[i]).or_insert(0) += 1;
                }
                let mut best = (0usize, i32::MAX);
                for (&label, &count) in &counts {
                    if count > best.0 || (count == best.0 && label < best.1) {
                        best = (count, label);
                    }
                }
                best.1
            })
            .collect()
    }
}

use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::collections::BTreeMap;

impl Solution {
    pub fn stratified_k_fold(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut by_class: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
        for (i, &y) in labels.iter().enumerate() {
            by_class.entry(y).or_default().push(i);
        }
        let mut folds = vec![Vec::new(); k];
        for (_, mut members) in by_class {
            members.shuffle(&mut rng);
            // Each class is cut on its own; its left-overs always go to the first folds.
            let (base, extra) = (members.len() / k, members.len() % k);
            let mut start = 0;
            for (f, fold) in folds.iter_mut().enumerate() {
                let size = base + usize::from(f < extra);
                fold.extend_from_slice(&members[start..start + size]);
                start += size;
            }
        }
        folds
    }
}

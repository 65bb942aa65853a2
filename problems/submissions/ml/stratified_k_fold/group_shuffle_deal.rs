use rand::seq::SliceRandom;
use rand::SeedableRng;
use std::collections::HashMap;

impl Solution {
    pub fn stratified_k_fold(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut by_class: HashMap<i32, Vec<usize>> = HashMap::new();
        for (i, &y) in labels.iter().enumerate() {
            by_class.entry(y).or_default().push(i);
        }
        // A fixed class order, so the same seed gives the same folds.
        let mut classes: Vec<i32> = by_class.keys().copied().collect();
        classes.sort_unstable();
        let mut folds = vec![Vec::new(); k];
        let mut next = 0;
        for c in classes {
            let members = by_class.get_mut(&c).unwrap();
            members.shuffle(&mut rng);
            for &i in members.iter() {
                folds[next].push(i);
                next = (next + 1) % k;
            }
        }
        folds
    }
}

pub struct Solution;

use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    /// Shuffle everything, then sort by label with a stable sort: each class stays shuffled.
    /// Dealing that sequence in turn gives every fold its share of each class.
    pub fn stratified_k_fold(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut order: Vec<usize> = (0..labels.len()).collect();
        order.shuffle(&mut rng);
        order.sort_by_key(|&i| labels[i]);
        let mut folds = vec![Vec::new(); k];
        for (position, i) in order.into_iter().enumerate() {
            folds[position % k].push(i);
        }
        folds
    }
}

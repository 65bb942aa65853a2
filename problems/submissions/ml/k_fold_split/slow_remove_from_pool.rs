use rand::{Rng, SeedableRng};

impl Solution {
    pub fn k_fold_split(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut pool: Vec<usize> = (0..n).collect();
        let mut folds = vec![Vec::new(); k];
        let mut f = 0;
        // Draw a random remaining index and take it out of the pool: each remove shifts the tail.
        while !pool.is_empty() {
            let pick = rng.gen_range(0..pool.len());
            folds[f].push(pool.remove(pick));
            f = (f + 1) % k;
        }
        folds
    }
}

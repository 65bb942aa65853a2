use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn k_fold_split(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..n).collect();
        idx.shuffle(&mut rng);
        // Every fold gets n / k indices; the last n % k are never tested.
        let size = n / k;
        (0..k)
            .map(|f| idx[f * size..(f + 1) * size].to_vec())
            .collect()
    }
}

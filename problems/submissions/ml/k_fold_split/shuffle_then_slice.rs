use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn k_fold_split(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..n).collect();
        idx.shuffle(&mut rng);
        let (base, extra) = (n / k, n % k);
        let mut folds = Vec::with_capacity(k);
        let mut start = 0;
        for f in 0..k {
            let size = if f < extra { base + 1 } else { base };
            folds.push(idx[start..start + size].to_vec());
            start += size;
        }
        folds
    }
}

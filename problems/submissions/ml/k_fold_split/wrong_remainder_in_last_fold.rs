use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn k_fold_split(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..n).collect();
        idx.shuffle(&mut rng);
        let size = n / k;
        let mut folds: Vec<Vec<usize>> = Vec::new();
        for f in 0..k {
            // The last fold takes whatever is left over.
            let end = if f == k - 1 { n } else { (f + 1) * size };
            folds.push(idx[f * size..end].to_vec());
        }
        folds
    }
}

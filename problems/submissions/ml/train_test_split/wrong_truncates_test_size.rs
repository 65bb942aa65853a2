use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn train_test_split(n: usize, test_fraction: f64, seed: u64) -> (Vec<usize>, Vec<usize>) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..n).collect();
        idx.shuffle(&mut rng);
        // `as usize` truncates: 2.5 test examples become 2, not 3.
        let n_test = (n as f64 * test_fraction) as usize;
        let test = idx[..n_test].to_vec();
        let train = idx[n_test..].to_vec();
        (train, test)
    }
}

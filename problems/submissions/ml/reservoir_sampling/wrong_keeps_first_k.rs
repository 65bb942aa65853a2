use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

impl Solution {
    pub fn reservoir_sample(stream: Vec<i32>, k: usize, seed: u64) -> Vec<i32> {
        let mut rng = StdRng::seed_from_u64(seed);
        let mut reservoir: Vec<i32> = Vec::with_capacity(k);
        for (i, &x) in stream.iter().enumerate() {
            if i < k {
                reservoir.push(x);
                if reservoir.len() == k {
                    return reservoir; // the reservoir is full
                }
                continue;
            }
            let j = rng.gen_range(0..=i);
            if j < k {
                reservoir[j] = x;
            }
        }
        reservoir
    }
}

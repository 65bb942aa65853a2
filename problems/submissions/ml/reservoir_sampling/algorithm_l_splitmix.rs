pub struct Solution;

struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1), never 0.
    fn unit(&mut self) -> f64 {
        ((self.next() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

impl Solution {
    pub fn reservoir_sample(stream: Vec<i32>, k: usize, seed: u64) -> Vec<i32> {
        let n = stream.len();
        if n <= k {
            return stream;
        }
        let mut rng = SplitMix64(seed);
        let mut reservoir = stream[..k].to_vec();
        // Algorithm L: w is the largest of k uniforms so far; the gap to the next item that
        // enters is geometric with parameter w.
        let mut w = (rng.unit().ln() / k as f64).exp();
        let mut i = k - 1;
        loop {
            let skip = (rng.unit().ln() / (1.0 - w).ln()).floor() as usize;
            i = i.saturating_add(skip).saturating_add(1);
            if i >= n {
                break;
            }
            let slot = rng.below(k);
            reservoir[slot] = stream[i];
            w *= (rng.unit().ln() / k as f64).exp();
        }
        reservoir
    }
}

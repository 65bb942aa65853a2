//! A small seeded generator for stress inputs. Stress families build maximum-size and adversarial
//! inputs from it; the same seed gives the same inputs, so a run can be reproduced.

/// SplitMix64: tiny, fast and good enough to spread test data.
#[derive(Clone, Debug)]
pub struct Gen {
    state: u64,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        Gen {
            state: seed ^ 0x9E37_79B9_7F4A_7C15,
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `low..=high`.
    pub fn int(&mut self, low: i64, high: i64) -> i64 {
        assert!(low <= high, "empty range {low}..={high}");
        let span = (i128::from(high) - i128::from(low) + 1) as u128;
        if span > u128::from(u64::MAX) {
            return self.next_u64() as i64;
        }
        (i128::from(low) + i128::from(self.next_u64() % span as u64)) as i64
    }

    /// A uniform index in `0..len`.
    pub fn index(&mut self, len: usize) -> usize {
        self.int(0, len as i64 - 1) as usize
    }

    /// `n` integers in `low..=high`.
    pub fn ints(&mut self, n: usize, low: i32, high: i32) -> Vec<i32> {
        (0..n)
            .map(|_| self.int(low.into(), high.into()) as i32)
            .collect()
    }

    /// `n` characters drawn from `alphabet`.
    pub fn string(&mut self, n: usize, alphabet: &str) -> String {
        let letters: Vec<char> = alphabet.chars().collect();
        (0..n).map(|_| letters[self.index(letters.len())]).collect()
    }

    pub fn chance(&mut self, numerator: u64, denominator: u64) -> bool {
        self.next_u64() % denominator < numerator
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_values_and_ranges_hold() {
        let (mut a, mut b) = (Gen::new(7), Gen::new(7));
        for _ in 0..1000 {
            let x = a.int(-3, 3);
            assert_eq!(x, b.int(-3, 3));
            assert!((-3..=3).contains(&x));
        }
        let s = a.string(50, "ab");
        assert!(s.chars().all(|c| c == 'a' || c == 'b'));
        // The full range does not overflow and is not constant.
        let wide: Vec<i64> = (0..8).map(|_| a.int(i64::MIN, i64::MAX)).collect();
        assert!(wide.windows(2).any(|w| w[0] != w[1]));
    }
}

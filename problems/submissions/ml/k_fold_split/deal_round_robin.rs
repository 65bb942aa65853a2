pub struct Solution;

impl Solution {
    /// Fisher-Yates with a hand-written xorshift generator, then the shuffled indices are dealt
    /// to the folds like cards: fold sizes can differ by one at most.
    pub fn k_fold_split(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
        // xorshift64* must not start from 0.
        let mut state = seed ^ 0x2545_F491_4F6C_DD1D;
        if state == 0 {
            state = 1;
        }
        let mut next = move || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = (next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let mut folds = vec![Vec::with_capacity(n / k + 1); k];
        for (position, &index) in order.iter().enumerate() {
            folds[position % k].push(index);
        }
        folds
    }
}

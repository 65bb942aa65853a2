pub struct Solution;

impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        // n fits in 31 bits: positions 0 to 29
        let mut res = 0;
        for i in 0..30 {
            res += (n >> i) & 1;
        }
        res
    }
}

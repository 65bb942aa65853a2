pub struct Solution;

impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        // n is a non-negative i32: only 31 bits to reverse
        let mut n = n;
        let mut res = 0;
        for _ in 0..31 {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        res
    }
}

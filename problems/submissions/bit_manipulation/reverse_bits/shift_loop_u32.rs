pub struct Solution;

impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        let mut n = n as u32;
        let mut res: u32 = 0;
        for _ in 0..32 {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        res as i32
    }
}

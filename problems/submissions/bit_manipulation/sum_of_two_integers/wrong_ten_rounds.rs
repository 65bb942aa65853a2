pub struct Solution;

impl Solution {
    pub fn get_sum(a: i32, b: i32) -> i32 {
        // |a|, |b| <= 1000 < 2^10: ten rounds of carrying are enough
        let (mut a, mut b) = (a, b);
        for _ in 0..10 {
            let carry = (a & b) << 1;
            a ^= b;
            b = carry;
        }
        a
    }
}

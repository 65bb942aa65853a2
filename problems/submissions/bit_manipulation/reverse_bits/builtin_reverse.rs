pub struct Solution;

impl Solution {
    pub fn reverse_bits(n: i32) -> i32 {
        n.reverse_bits()
    }
}

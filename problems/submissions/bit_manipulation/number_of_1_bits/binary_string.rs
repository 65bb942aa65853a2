pub struct Solution;

impl Solution {
    pub fn hamming_weight(n: i32) -> i32 {
        format!("{:b}", n).chars().filter(|&c| c == '1').count() as i32
    }
}

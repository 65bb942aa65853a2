pub struct Solution;

impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        (0..=n)
            .map(|i| format!("{:b}", i).chars().filter(|&c| c == '1').count() as i32)
            .collect()
    }
}

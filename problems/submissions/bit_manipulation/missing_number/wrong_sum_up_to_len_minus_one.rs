pub struct Solution;

impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        // the numbers should be 0..n, n = nums.len() - 1
        let n = nums.len() as i32 - 1;
        let expected = n * (n + 1) / 2;
        let actual: i32 = nums.iter().sum();
        (expected - actual).abs()
    }
}

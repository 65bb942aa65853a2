pub struct Solution;

impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        // Assumes every value 1..=n appears once and the duplicate exactly twice.
        let n = nums.len() as i64 - 1;
        let sum: i64 = nums.iter().map(|&x| x as i64).sum();
        (sum - n * (n + 1) / 2) as i32
    }
}

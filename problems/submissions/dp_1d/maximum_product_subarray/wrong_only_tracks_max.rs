pub struct Solution;

impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // Kadane's algorithm with products instead of sums
        let mut best = nums[0];
        let mut current = nums[0];
        for &x in &nums[1..] {
            current = x.max(current * x);
            best = best.max(current);
        }
        best
    }
}

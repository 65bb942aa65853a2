pub struct Solution;

impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // largest and smallest product of a subarray ending at i, each asking both for i - 1
        fn largest(i: usize, nums: &[i32]) -> i32 {
            if i == 0 {
                return nums[0];
            }
            let (a, b) = (largest(i - 1, nums) * nums[i], smallest(i - 1, nums) * nums[i]);
            nums[i].max(a).max(b)
        }
        fn smallest(i: usize, nums: &[i32]) -> i32 {
            if i == 0 {
                return nums[0];
            }
            let (a, b) = (largest(i - 1, nums) * nums[i], smallest(i - 1, nums) * nums[i]);
            nums[i].min(a).min(b)
        }
        (0..nums.len()).map(|i| largest(i, &nums)).max().unwrap()
    }
}

pub struct Solution;

impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        fn backtrack(i: usize, total: i32, nums: &[i32], target: i32) -> i32 {
            if i == nums.len() {
                return if total == target { 1 } else { 0 };
            }
            backtrack(i + 1, total + nums[i], nums, target)
                + backtrack(i + 1, total - nums[i], nums, target)
        }
        backtrack(0, 0, &nums, target)
    }
}

pub struct Solution;

impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        fn dfs(i: usize, remaining: i32, nums: &Vec<i32>) -> bool {
            if remaining == 0 {
                return true;
            }
            if i == nums.len() || remaining < 0 {
                return false;
            }
            dfs(i + 1, remaining - nums[i], nums) || dfs(i + 1, remaining, nums)
        }
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        dfs(0, total / 2, &nums)
    }
}

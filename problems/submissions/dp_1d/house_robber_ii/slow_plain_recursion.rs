pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn dfs(i: usize, end: usize, nums: &Vec<i32>) -> i32 {
            if i >= end {
                return 0;
            }
            dfs(i + 1, end, nums).max(nums[i] + dfs(i + 2, end, nums))
        }
        let n = nums.len();
        if n == 1 {
            return nums[0];
        }
        dfs(0, n - 1, &nums).max(dfs(1, n, &nums))
    }
}

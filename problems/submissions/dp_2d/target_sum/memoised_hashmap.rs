use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        fn backtrack(i: usize, total: i32, nums: &Vec<i32>, target: i32, dp: &mut HashMap<(usize, i32), i32>) -> i32 {
            if i == nums.len() {
                return if total == target { 1 } else { 0 };
            }
            if let Some(&v) = dp.get(&(i, total)) {
                return v;
            }
            let res = backtrack(i + 1, total + nums[i], nums, target, dp)
                + backtrack(i + 1, total - nums[i], nums, target, dp);
            dp.insert((i, total), res);
            res
        }
        backtrack(0, 0, &nums, target, &mut HashMap::new())
    }
}

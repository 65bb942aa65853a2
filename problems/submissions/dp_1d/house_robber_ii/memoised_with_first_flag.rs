use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn dfs(i: usize, took_first: bool, nums: &[i32], memo: &mut HashMap<(usize, bool), i32>) -> i32 {
            if i >= nums.len() || (took_first && i == nums.len() - 1) {
                return 0;
            }
            if let Some(&v) = memo.get(&(i, took_first)) {
                return v;
            }
            let take = nums[i] + dfs(i + 2, took_first || i == 0, nums, memo);
            let skip = dfs(i + 1, took_first, nums, memo);
            let best = take.max(skip);
            memo.insert((i, took_first), best);
            best
        }
        if nums.len() == 1 {
            return nums[0];
        }
        dfs(0, false, &nums, &mut HashMap::new())
    }
}

use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort_unstable();
        let mut found: HashSet<(i32, i32, i32)> = HashSet::new();
        for i in 0..nums.len() {
            if i > 0 && nums[i] == nums[i - 1] {
                continue;
            }
            let mut seen: HashSet<i32> = HashSet::new();
            for j in i + 1..nums.len() {
                let want = -nums[i] - nums[j];
                if seen.contains(&want) {
                    found.insert((nums[i], want, nums[j]));
                }
                seen.insert(nums[j]);
            }
        }
        found.into_iter().map(|(a, b, c)| vec![a, b, c]).collect()
    }
}

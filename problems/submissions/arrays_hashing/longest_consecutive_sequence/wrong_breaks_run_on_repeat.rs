pub struct Solution;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        if nums.is_empty() {
            return 0;
        }
        let mut nums = nums;
        nums.sort();
        let mut best = 1;
        let mut current = 1;
        for i in 1..nums.len() {
            if nums[i] == nums[i - 1] + 1 {
                current += 1;
                best = best.max(current);
            } else {
                current = 1;
            }
        }
        best
    }
}

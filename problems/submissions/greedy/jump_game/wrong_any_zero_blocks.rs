pub struct Solution;

impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // a zero before the last index is a dead end
        !nums[..nums.len() - 1].contains(&0)
    }
}

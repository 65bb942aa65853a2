pub struct Solution;

impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // always take the longest jump from where you stand
        let mut i = 0;
        while i < nums.len() - 1 {
            if nums[i] == 0 {
                return false;
            }
            i += nums[i] as usize;
        }
        true
    }
}

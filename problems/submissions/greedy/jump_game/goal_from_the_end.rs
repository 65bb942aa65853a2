pub struct Solution;

impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // move the goal left whenever an index can reach it
        let mut goal = nums.len() - 1;
        for i in (0..nums.len() - 1).rev() {
            if i + nums[i] as usize >= goal {
                goal = i;
            }
        }
        goal == 0
    }
}

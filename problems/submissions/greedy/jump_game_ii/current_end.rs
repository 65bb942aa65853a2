pub struct Solution;

impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        let (mut jumps, mut cur_end, mut cur_far) = (0, 0, 0);
        for i in 0..nums.len() - 1 {
            cur_far = cur_far.max(i + nums[i] as usize);
            if i == cur_end {
                jumps += 1;
                cur_end = cur_far;
            }
        }
        jumps
    }
}

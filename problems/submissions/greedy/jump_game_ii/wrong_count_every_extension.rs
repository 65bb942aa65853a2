pub struct Solution;

impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // a jump each time the farthest reach grows
        let (mut jumps, mut farthest) = (0, 0);
        for i in 0..nums.len() - 1 {
            if i + nums[i] as usize > farthest {
                farthest = i + nums[i] as usize;
                jumps += 1;
            }
            if farthest >= nums.len() - 1 {
                break;
            }
        }
        jumps
    }
}

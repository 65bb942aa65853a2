pub struct Solution;

impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // take the longest jump each time (the one that lands farthest right now)
        let (mut i, mut jumps) = (0, 0);
        while i < nums.len() - 1 {
            i += nums[i] as usize;
            jumps += 1;
        }
        jumps
    }
}

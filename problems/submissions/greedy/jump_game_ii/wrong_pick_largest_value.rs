pub struct Solution;

impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // from each index, jump to the reachable index holding the largest value
        let n = nums.len();
        let (mut i, mut jumps) = (0, 0);
        while i < n - 1 {
            if i + nums[i] as usize >= n - 1 {
                return jumps + 1;
            }
            i = (i + 1..=i + nums[i] as usize).max_by_key(|&j| nums[j]).unwrap();
            jumps += 1;
        }
        jumps
    }
}

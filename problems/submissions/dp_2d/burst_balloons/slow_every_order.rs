pub struct Solution;

impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // burst each balloon first in turn, then solve what is left
        if nums.is_empty() {
            return 0;
        }
        let mut best = 0;
        for i in 0..nums.len() {
            let left = if i > 0 { nums[i - 1] } else { 1 };
            let right = if i + 1 < nums.len() { nums[i + 1] } else { 1 };
            let mut rest = nums.clone();
            rest.remove(i);
            best = best.max(left * nums[i] * right + Self::max_coins(rest));
        }
        best
    }
}

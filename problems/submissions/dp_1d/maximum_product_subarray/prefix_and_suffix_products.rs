pub struct Solution;

impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        // the best subarray starts at a run's start or ends at a run's end (runs split by zeros)
        let n = nums.len();
        let mut best = i32::MIN;
        let (mut prefix, mut suffix) = (0, 0);
        for i in 0..n {
            prefix = if prefix == 0 { nums[i] } else { prefix * nums[i] };
            suffix = if suffix == 0 { nums[n - 1 - i] } else { suffix * nums[n - 1 - i] };
            best = best.max(prefix).max(suffix);
        }
        best
    }
}

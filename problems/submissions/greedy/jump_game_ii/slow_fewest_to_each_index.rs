pub struct Solution;

impl Solution {
    pub fn jump(nums: Vec<i32>) -> i32 {
        // dp[j] = fewest jumps to reach j, relaxing every spot each index can land on
        let n = nums.len();
        let mut dp = vec![i32::MAX; n];
        dp[0] = 0;
        for i in 0..n {
            for j in i + 1..=(i + nums[i] as usize).min(n - 1) {
                dp[j] = dp[j].min(dp[i] + 1);
            }
        }
        dp[n - 1]
    }
}

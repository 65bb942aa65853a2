pub struct Solution;

impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        let sum: i32 = nums.iter().sum();
        if (sum + target) % 2 != 0 || sum < target.abs() {
            return 0;
        }
        let p = ((sum + target) / 2) as usize;
        let mut dp = vec![0; p + 1];
        dp[0] = 1;
        for n in nums {
            let n = n as usize;
            for j in (n..=p).rev() {
                dp[j] += dp[j - n];
            }
        }
        dp[p]
    }
}

pub struct Solution;

impl Solution {
    pub fn can_partition(nums: Vec<i32>) -> bool {
        let total: i32 = nums.iter().sum();
        if total % 2 != 0 {
            return false;
        }
        let target = (total / 2) as usize;
        let mut dp = vec![false; target + 1];
        dp[0] = true;
        for num in nums {
            let num = num as usize;
            for j in (num..=target).rev() {
                dp[j] = dp[j] || dp[j - num];
            }
        }
        dp[target]
    }
}

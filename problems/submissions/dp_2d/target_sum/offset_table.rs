impl Solution {
    pub fn find_target_sum_ways(nums: Vec<i32>, target: i32) -> i32 {
        let total: i32 = nums.iter().sum();
        if target.abs() > total {
            return 0;
        }
        // dp[s + total]: ways to reach sum s with the numbers so far
        let width = (2 * total + 1) as usize;
        let mut dp = vec![0; width];
        dp[total as usize] = 1;
        for &num in &nums {
            let num = num as usize;
            let mut next = vec![0; width];
            for s in 0..width {
                if dp[s] == 0 {
                    continue;
                }
                if s + num < width {
                    next[s + num] += dp[s];
                }
                if s >= num {
                    next[s - num] += dp[s];
                }
            }
            dp = next;
        }
        dp[(target + total) as usize]
    }
}

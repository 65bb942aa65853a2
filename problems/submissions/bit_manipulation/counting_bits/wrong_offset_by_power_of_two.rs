pub struct Solution;

impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        // dp[i] = 1 + dp[i - offset], offset the largest power of two <= i
        let n = n as usize;
        let mut dp = vec![0; n + 1];
        let mut offset = 1;
        for i in 1..=n {
            if offset * 2 < i {
                offset *= 2;
            }
            dp[i] = 1 + dp[i - offset];
        }
        dp
    }
}

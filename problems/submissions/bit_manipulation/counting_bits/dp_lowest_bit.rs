pub struct Solution;

impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        let mut dp = vec![0; n as usize + 1];
        for i in 1..dp.len() {
            dp[i] = dp[i & (i - 1)] + 1;
        }
        dp
    }
}

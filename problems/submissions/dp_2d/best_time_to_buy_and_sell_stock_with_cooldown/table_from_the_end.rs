pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let n = prices.len();
        // dp[i][0]: best from day i, free to buy; dp[i][1]: best from day i, holding
        let mut dp = vec![[0i32; 2]; n + 2];
        for i in (0..n).rev() {
            dp[i][0] = dp[i + 1][0].max(dp[i + 1][1] - prices[i]);
            dp[i][1] = dp[i + 1][1].max(dp[i + 2][0] + prices[i]);
        }
        dp[0][0]
    }
}

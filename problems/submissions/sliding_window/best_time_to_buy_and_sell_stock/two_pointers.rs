pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut buy = 0;
        let mut best = 0;
        for sell in 1..prices.len() {
            if prices[sell] < prices[buy] {
                buy = sell;
            } else {
                best = best.max(prices[sell] - prices[buy]);
            }
        }
        best
    }
}

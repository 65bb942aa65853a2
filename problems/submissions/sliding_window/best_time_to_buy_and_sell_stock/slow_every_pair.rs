pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut best = 0;
        for i in 0..prices.len() {
            for j in i + 1..prices.len() {
                if prices[j] - prices[i] > best {
                    best = prices[j] - prices[i];
                }
            }
        }
        best
    }
}

pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        let mut low = prices[0];
        let mut high = prices[0];
        for &price in &prices[1..] {
            if price < low {
                // A new low: start looking for a high after it.
                low = price;
                high = price;
            } else if price > high {
                high = price;
            }
        }
        high - low
    }
}

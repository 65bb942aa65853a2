pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // The profit of holding from day a to day b is the sum of the daily changes in between.
        let mut current = 0;
        let mut best = 0;
        for pair in prices.windows(2) {
            current = (current + pair[1] - pair[0]).max(0);
            best = best.max(current);
        }
        best
    }
}

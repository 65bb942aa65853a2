pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        // best[i]: the most profit from day i on, free to buy on day i
        let n = prices.len();
        let mut best = vec![0; n + 2];
        for i in (0..n).rev() {
            best[i] = best[i + 1];
            for j in i + 1..n {
                // buy on day i, sell on day j, rest on day j + 1
                best[i] = best[i].max(prices[j] - prices[i] + best[j + 2]);
            }
        }
        best[0]
    }
}

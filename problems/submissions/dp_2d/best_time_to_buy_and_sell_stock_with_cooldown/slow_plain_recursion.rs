pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        fn dfs(i: usize, buying: bool, prices: &[i32]) -> i32 {
            if i >= prices.len() {
                return 0;
            }
            let cooldown = dfs(i + 1, buying, prices);
            if buying {
                cooldown.max(dfs(i + 1, false, prices) - prices[i])
            } else {
                cooldown.max(dfs(i + 2, true, prices) + prices[i])
            }
        }
        dfs(0, true, &prices)
    }
}

use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn max_profit(prices: Vec<i32>) -> i32 {
        fn dfs(i: usize, buying: bool, prices: &Vec<i32>, dp: &mut HashMap<(usize, bool), i32>) -> i32 {
            if i >= prices.len() {
                return 0;
            }
            if let Some(&v) = dp.get(&(i, buying)) {
                return v;
            }
            let cooldown = dfs(i + 1, buying, prices, dp);
            let res = if buying {
                let buy = dfs(i + 1, false, prices, dp) - prices[i];
                buy.max(cooldown)
            } else {
                let sell = dfs(i + 2, true, prices, dp) + prices[i];
                sell.max(cooldown)
            };
            dp.insert((i, buying), res);
            res
        }
        dfs(0, true, &prices, &mut HashMap::new())
    }
}

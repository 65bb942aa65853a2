use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        fn dfs(i: usize, a: i32, amount: i32, coins: &Vec<i32>, cache: &mut HashMap<(usize, i32), i32>) -> i32 {
            if a == amount {
                return 1;
            }
            if a > amount || i == coins.len() {
                return 0;
            }
            if let Some(&v) = cache.get(&(i, a)) {
                return v;
            }
            let res = dfs(i, a + coins[i], amount, coins, cache)
                .wrapping_add(dfs(i + 1, a, amount, coins, cache));
            cache.insert((i, a), res);
            res
        }
        dfs(0, 0, amount, &coins, &mut HashMap::new())
    }
}

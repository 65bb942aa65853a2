use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn dfs(amount: i32, coins: &[i32], memo: &mut HashMap<i32, i32>) -> i32 {
            if amount == 0 {
                return 0;
            }
            if let Some(&v) = memo.get(&amount) {
                return v;
            }
            let mut res = i32::MAX;
            for &coin in coins {
                if amount - coin >= 0 {
                    let sub = dfs(amount - coin, coins, memo);
                    if sub != i32::MAX {
                        res = res.min(1 + sub);
                    }
                }
            }
            memo.insert(amount, res);
            res
        }
        let res = dfs(amount, &coins, &mut HashMap::new());
        if res == i32::MAX {
            -1
        } else {
            res
        }
    }
}

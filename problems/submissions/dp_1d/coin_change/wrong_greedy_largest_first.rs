pub struct Solution;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        // always take as many of the largest coin as fit, then move to the next one
        let mut coins = coins;
        coins.sort_unstable_by(|a, b| b.cmp(a));
        let mut left = amount;
        let mut count = 0;
        for coin in coins {
            count += left / coin;
            left %= coin;
        }
        if left == 0 {
            count
        } else {
            -1
        }
    }
}

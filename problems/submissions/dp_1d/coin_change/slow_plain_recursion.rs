pub struct Solution;

impl Solution {
    pub fn coin_change(coins: Vec<i32>, amount: i32) -> i32 {
        fn fewest(amount: i32, coins: &Vec<i32>) -> i32 {
            if amount == 0 {
                return 0;
            }
            let mut best = -1;
            for &coin in coins {
                if coin <= amount {
                    let rest = fewest(amount - coin, coins);
                    if rest >= 0 && (best < 0 || rest + 1 < best) {
                        best = rest + 1;
                    }
                }
            }
            best
        }
        fewest(amount, &coins)
    }
}

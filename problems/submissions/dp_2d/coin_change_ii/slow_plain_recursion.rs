pub struct Solution;

impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        fn dfs(i: usize, a: i32, coins: &[i32]) -> i32 {
            if a == 0 {
                return 1;
            }
            if a < 0 || i == coins.len() {
                return 0;
            }
            // use coins[i] once more, or move on to the next coin
            dfs(i, a - coins[i], coins) + dfs(i + 1, a, coins)
        }
        dfs(0, amount, &coins)
    }
}

pub struct Solution;

impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        // dp[i][a]: combinations of coins[i..] that pay a
        let (n, amount) = (coins.len(), amount as usize);
        let mut dp = vec![vec![0u64; amount + 1]; n + 1];
        dp[n][0] = 1;
        for i in (0..n).rev() {
            let c = coins[i] as usize;
            for a in 0..=amount {
                dp[i][a] = dp[i + 1][a];
                if a >= c {
                    dp[i][a] = dp[i][a].wrapping_add(dp[i][a - c]);
                }
            }
        }
        dp[0][amount] as i32
    }
}

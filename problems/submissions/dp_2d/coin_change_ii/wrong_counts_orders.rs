pub struct Solution;

impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        // amounts outside, coins inside: 1 + 2 and 2 + 1 are counted as two ways
        let amount = amount as usize;
        let mut dp = vec![0i32; amount + 1];
        dp[0] = 1;
        for a in 1..=amount {
            for &c in &coins {
                let c = c as usize;
                if c <= a {
                    dp[a] = dp[a].wrapping_add(dp[a - c]);
                }
            }
        }
        dp[amount]
    }
}

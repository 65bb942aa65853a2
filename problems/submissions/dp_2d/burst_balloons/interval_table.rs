impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut v = vec![1; n + 2];
        v[1..=n].copy_from_slice(&nums);
        // dp[l][r]: most coins from bursting balloons l..=r (1-based), v[l - 1] and v[r + 1] still there
        let mut dp = vec![vec![0; n + 2]; n + 2];
        for len in 1..=n {
            for l in 1..=n - len + 1 {
                let r = l + len - 1;
                for k in l..=r {
                    let coins = v[l - 1] * v[k] * v[r + 1] + dp[l][k - 1] + dp[k + 1][r];
                    dp[l][r] = dp[l][r].max(coins);
                }
            }
        }
        dp[1][n]
    }
}

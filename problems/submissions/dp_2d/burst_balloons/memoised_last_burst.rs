pub struct Solution;

impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        fn dfs(l: usize, r: usize, v: &[i32], dp: &mut Vec<Vec<i32>>) -> i32 {
            if l > r {
                return 0;
            }
            if dp[l][r] != -1 {
                return dp[l][r];
            }
            let mut best = 0;
            for i in l..=r {
                let coins = v[l - 1] * v[i] * v[r + 1] + dfs(l, i - 1, v, dp) + dfs(i + 1, r, v, dp);
                best = best.max(coins);
            }
            dp[l][r] = best;
            best
        }
        let n = nums.len();
        let mut v = vec![1];
        v.extend(nums);
        v.push(1);
        let mut dp = vec![vec![-1; n + 2]; n + 2];
        dfs(1, n, &v, &mut dp)
    }
}

pub struct Solution;

impl Solution {
    pub fn change(amount: i32, coins: Vec<i32>) -> i32 {
        fn dfs(i: usize, a: usize, coins: &[i32], memo: &mut Vec<Vec<Option<u32>>>) -> u32 {
            if a == 0 {
                return 1;
            }
            if i == coins.len() {
                return 0;
            }
            if let Some(v) = memo[i][a] {
                return v;
            }
            let c = coins[i] as usize;
            let mut res = dfs(i + 1, a, coins, memo);
            if c <= a {
                res = res.wrapping_add(dfs(i, a - c, coins, memo));
            }
            memo[i][a] = Some(res);
            res
        }
        let mut memo = vec![vec![None; amount as usize + 1]; coins.len()];
        dfs(0, amount as usize, &coins, &mut memo) as i32
    }
}

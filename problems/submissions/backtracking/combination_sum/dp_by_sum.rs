pub struct Solution;

impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        // dp[t] = every combination adding up to t; candidates in the outer loop, like counting
        // coin change, so each combination is built once
        let t = target as usize;
        let mut dp: Vec<Vec<Vec<i32>>> = vec![Vec::new(); t + 1];
        dp[0].push(Vec::new());
        for &c in &candidates {
            let c = c as usize;
            for sum in c..=t {
                let mut extended = Vec::new();
                for comb in &dp[sum - c] {
                    let mut next = comb.clone();
                    next.push(c as i32);
                    extended.push(next);
                }
                dp[sum].extend(extended);
            }
        }
        dp.swap_remove(t)
    }
}

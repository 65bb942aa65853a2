use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        fn dfs(l: usize, r: usize, v: &[i32], dp: &mut HashMap<(usize, usize), i32>) -> i32 {
            if l > r {
                return 0;
            }
            if let Some(&x) = dp.get(&(l, r)) {
                return x;
            }
            let mut best = 0;
            for i in l..=r {
                let coins = v[l - 1] * v[i] * v[r + 1] + dfs(l, i - 1, v, dp) + dfs(i + 1, r, v, dp);
                best = best.max(coins);
            }
            dp.insert((l, r), best);
            best
        }
        let mut v = vec![1];
        v.extend(nums.iter());
        v.push(1);
        dfs(1, nums.len(), &v, &mut HashMap::new())
    }
}

use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // memo keyed on the balloons still standing: one entry per subset
        fn go(rest: Vec<i32>, memo: &mut HashMap<Vec<i32>, i32>) -> i32 {
            if rest.is_empty() {
                return 0;
            }
            if let Some(&v) = memo.get(&rest) {
                return v;
            }
            let mut best = 0;
            for i in 0..rest.len() {
                let left = if i > 0 { rest[i - 1] } else { 1 };
                let right = if i + 1 < rest.len() { rest[i + 1] } else { 1 };
                let mut next = rest.clone();
                next.remove(i);
                best = best.max(left * rest[i] * right + go(next, memo));
            }
            memo.insert(rest, best);
            best
        }
        go(nums, &mut HashMap::new())
    }
}

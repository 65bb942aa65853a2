use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        // distinct values with how many copies each has; take 0..=count copies of each
        let mut freq: HashMap<i32, usize> = HashMap::new();
        for c in candidates {
            *freq.entry(c).or_insert(0) += 1;
        }
        let mut items: Vec<(i32, usize)> = freq.into_iter().collect();
        items.sort();
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::go(&items, 0, target, &mut cur, &mut res);
        res
    }

    fn go(items: &[(i32, usize)], idx: usize, remain: i32, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(cur.clone());
            return;
        }
        if idx == items.len() || items[idx].0 > remain {
            return;
        }
        let (value, count) = items[idx];
        // without this value
        Self::go(items, idx + 1, remain, cur, res);
        // with 1, 2, ... copies of it
        let mut taken = 0;
        while taken < count && value * (taken as i32 + 1) <= remain {
            taken += 1;
            cur.push(value);
            Self::go(items, idx + 1, remain - value * taken as i32, cur, res);
        }
        for _ in 0..taken {
            cur.pop();
        }
    }
}

use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        // sorted, so equal combinations are equal lists; a set keeps each once
        candidates.sort();
        let mut set = HashSet::new();
        let mut cur = Vec::new();
        Self::dfs(&candidates, 0, target, &mut cur, &mut set);
        set.into_iter().collect()
    }

    fn dfs(c: &[i32], start: usize, remain: i32, cur: &mut Vec<i32>, set: &mut HashSet<Vec<i32>>) {
        if remain == 0 {
            set.insert(cur.clone());
            return;
        }
        for i in start..c.len() {
            if c[i] > remain {
                break;
            }
            cur.push(c[i]);
            Self::dfs(c, i + 1, remain - c[i], cur, set);
            cur.pop();
        }
    }
}

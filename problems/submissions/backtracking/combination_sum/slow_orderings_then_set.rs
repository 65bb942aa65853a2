use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        // try every candidate at every step; sort each hit so that reorderings collapse in a set
        let mut seen = HashSet::new();
        let mut cur = Vec::new();
        Self::dfs(&candidates, target, &mut cur, &mut seen);
        seen.into_iter().collect()
    }

    fn dfs(candidates: &[i32], remain: i32, cur: &mut Vec<i32>, seen: &mut HashSet<Vec<i32>>) {
        if remain == 0 {
            let mut comb = cur.clone();
            comb.sort();
            seen.insert(comb);
            return;
        }
        for &c in candidates {
            if c <= remain {
                cur.push(c);
                Self::dfs(candidates, remain - c, cur, seen);
                cur.pop();
            }
        }
    }
}

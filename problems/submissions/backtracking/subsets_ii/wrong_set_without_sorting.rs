use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut set = HashSet::new();
        let mut cur = Vec::new();
        Self::dfs(&nums, 0, &mut cur, &mut set);
        set.into_iter().collect()
    }

    fn dfs(nums: &[i32], i: usize, cur: &mut Vec<i32>, set: &mut HashSet<Vec<i32>>) {
        if i == nums.len() {
            set.insert(cur.clone());
            return;
        }
        cur.push(nums[i]);
        Self::dfs(nums, i + 1, cur, set);
        cur.pop();
        Self::dfs(nums, i + 1, cur, set);
    }
}

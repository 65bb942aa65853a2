pub struct Solution;

impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        nums.sort();
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::dfs(&nums, 0, &mut cur, &mut res);
        res
    }

    fn dfs(nums: &[i32], start: usize, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        res.push(cur.clone());
        for i in start..nums.len() {
            cur.push(nums[i]);
            Self::dfs(nums, i + 1, cur, res);
            cur.pop();
        }
    }
}

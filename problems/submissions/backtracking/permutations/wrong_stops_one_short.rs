pub struct Solution;

impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = Vec::new();
        let mut used = vec![false; nums.len()];
        Self::dfs(&nums, &mut used, &mut cur, &mut res);
        res
    }

    fn dfs(nums: &[i32], used: &mut [bool], cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        // the last element has only one place left, so stop one early
        if cur.len() == nums.len() - 1 {
            res.push(cur.clone());
            return;
        }
        for i in 0..nums.len() {
            if used[i] {
                continue;
            }
            used[i] = true;
            cur.push(nums[i]);
            Self::dfs(nums, used, cur, res);
            cur.pop();
            used[i] = false;
        }
    }
}

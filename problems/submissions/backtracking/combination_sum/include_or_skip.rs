pub struct Solution;

impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::dfs(0, &mut cur, 0, &candidates, target, &mut res);
        res
    }

    fn dfs(i: usize, cur: &mut Vec<i32>, total: i32, candidates: &Vec<i32>, target: i32, res: &mut Vec<Vec<i32>>) {
        if total == target {
            res.push(cur.clone());
            return;
        }
        if i >= candidates.len() || total > target {
            return;
        }
        // take candidates[i] (and maybe again)
        cur.push(candidates[i]);
        Self::dfs(i, cur, total + candidates[i], candidates, target, res);
        cur.pop();
        // or move on to the next candidate
        Self::dfs(i + 1, cur, total, candidates, target, res);
    }
}

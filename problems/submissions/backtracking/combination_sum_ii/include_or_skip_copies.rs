pub struct Solution;

impl Solution {
    pub fn combination_sum2(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut candidates = candidates;
        candidates.sort();
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::dfs(&candidates, 0, &mut cur, 0, target, &mut res);
        res
    }

    fn dfs(c: &Vec<i32>, i: usize, cur: &mut Vec<i32>, total: i32, target: i32, res: &mut Vec<Vec<i32>>) {
        if total == target {
            res.push(cur.clone());
            return;
        }
        if total > target || i == c.len() {
            return;
        }
        // include c[i]
        cur.push(c[i]);
        Self::dfs(c, i + 1, cur, total + c[i], target, res);
        cur.pop();
        // skip c[i] and all its copies
        let mut j = i;
        while j + 1 < c.len() && c[j] == c[j + 1] {
            j += 1;
        }
        Self::dfs(c, j + 1, cur, total, target, res);
    }
}

pub struct Solution;

impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::dfs(&candidates, 0, target, &mut cur, &mut res);
        res
    }

    fn dfs(candidates: &[i32], start: usize, remain: i32, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(cur.clone());
            return;
        }
        for i in start..candidates.len() {
            // too big: the rest are too big as well
            if candidates[i] > remain {
                break;
            }
            cur.push(candidates[i]);
            Self::dfs(candidates, i, remain - candidates[i], cur, res);
            cur.pop();
        }
    }
}

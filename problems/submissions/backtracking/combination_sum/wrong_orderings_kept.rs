pub struct Solution;

impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::dfs(&candidates, target, &mut cur, &mut res);
        res
    }

    fn dfs(candidates: &[i32], remain: i32, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(cur.clone());
            return;
        }
        if remain < 0 {
            return;
        }
        // any candidate can come next, any number of times
        for &c in candidates {
            cur.push(c);
            Self::dfs(candidates, remain - c, cur, res);
            cur.pop();
        }
    }
}

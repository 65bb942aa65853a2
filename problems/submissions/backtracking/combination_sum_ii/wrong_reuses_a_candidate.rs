pub struct Solution;

impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort();
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::dfs(&candidates, 0, target, &mut cur, &mut res);
        res
    }

    fn dfs(c: &[i32], start: usize, remain: i32, cur: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(cur.clone());
            return;
        }
        for i in start..c.len() {
            if i > start && c[i] == c[i - 1] {
                continue;
            }
            if c[i] > remain {
                break;
            }
            cur.push(c[i]);
            Self::dfs(c, i, remain - c[i], cur, res);
            cur.pop();
        }
    }
}

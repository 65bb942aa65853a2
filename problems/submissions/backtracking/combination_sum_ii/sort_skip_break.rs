impl Solution {
    pub fn combination_sum2(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort();
        let mut res = vec![];
        let mut path = vec![];
        Self::backtrack(&candidates, 0, target, &mut path, &mut res);
        res
    }

    fn backtrack(c: &[i32], start: usize, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(path.clone());
            return;
        }
        for i in start..c.len() {
            if i > start && c[i] == c[i - 1] {
                continue;
            }
            if c[i] > remain {
                break;
            }
            path.push(c[i]);
            Self::backtrack(c, i + 1, remain - c[i], path, res);
            path.pop();
        }
    }
}

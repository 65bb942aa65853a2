impl Solution {
    pub fn combination_sum(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        candidates.sort();
        let mut ans = vec![];
        let mut path = vec![];
        fn backtrack(c: &[i32], start: usize, remain: i32, path: &mut Vec<i32>, ans: &mut Vec<Vec<i32>>) {
            if remain == 0 {
                ans.push(path.to_vec());
                return;
            }
            for i in start..c.len() {
                if c[i] > remain {
                    break;
                }
                path.push(c[i]);
                backtrack(c, i, remain - c[i], path, ans);
                path.pop();
            }
        }
        backtrack(&candidates, 0, target, &mut path, &mut ans);
        ans
    }
}

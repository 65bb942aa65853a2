use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        fn dfs(i: usize, j: usize, a: &[char], b: &[char], c: &[char], dp: &mut HashMap<(usize, usize), bool>) -> bool {
            if i == a.len() && j == b.len() {
                return true;
            }
            if let Some(&v) = dp.get(&(i, j)) {
                return v;
            }
            let mut res = false;
            if i < a.len() && a[i] == c[i + j] && dfs(i + 1, j, a, b, c, dp) {
                res = true;
            }
            if !res && j < b.len() && b[j] == c[i + j] && dfs(i, j + 1, a, b, c, dp) {
                res = true;
            }
            dp.insert((i, j), res);
            res
        }
        if s1.len() + s2.len() != s3.len() {
            return false;
        }
        let a: Vec<char> = s1.chars().collect();
        let b: Vec<char> = s2.chars().collect();
        let c: Vec<char> = s3.chars().collect();
        dfs(0, 0, &a, &b, &c, &mut HashMap::new())
    }
}

pub struct Solution;

impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        fn dfs(i: usize, j: usize, s: &[u8], t: &[u8]) -> i32 {
            if j == t.len() {
                return 1;
            }
            if s.len() - i < t.len() - j {
                return 0;
            }
            let mut res = dfs(i + 1, j, s, t);
            if s[i] == t[j] {
                res += dfs(i + 1, j + 1, s, t);
            }
            res
        }
        dfs(0, 0, s.as_bytes(), t.as_bytes())
    }
}

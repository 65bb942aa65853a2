use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn dfs(i: usize, j: usize, s: &[u8], p: &[u8], cache: &mut HashMap<(usize, usize), bool>) -> bool {
            if let Some(&v) = cache.get(&(i, j)) {
                return v;
            }
            if i >= s.len() && j >= p.len() {
                return true;
            }
            if j >= p.len() {
                return false;
            }
            let is_match = i < s.len() && (s[i] == p[j] || p[j] == b'.');
            let res = if j + 1 < p.len() && p[j + 1] == b'*' {
                dfs(i, j + 2, s, p, cache) || (is_match && dfs(i + 1, j, s, p, cache))
            } else {
                is_match && dfs(i + 1, j + 1, s, p, cache)
            };
            cache.insert((i, j), res);
            res
        }
        dfs(0, 0, s.as_bytes(), p.as_bytes(), &mut HashMap::new())
    }
}

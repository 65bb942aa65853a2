use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn num_distinct(s: String, t: String) -> i32 {
        fn dfs(i: usize, j: usize, s: &[u8], t: &[u8], cache: &mut HashMap<(usize, usize), u64>) -> u64 {
            if j == t.len() {
                return 1;
            }
            if i == s.len() {
                return 0;
            }
            if let Some(&v) = cache.get(&(i, j)) {
                return v;
            }
            let mut res = dfs(i + 1, j, s, t, cache);
            if s[i] == t[j] {
                res = res.wrapping_add(dfs(i + 1, j + 1, s, t, cache));
            }
            cache.insert((i, j), res);
            res
        }
        dfs(0, 0, s.as_bytes(), t.as_bytes(), &mut HashMap::new()) as i32
    }
}

use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn num_decodings(s: String) -> i32 {
        fn dfs(i: usize, s: &[u8], memo: &mut HashMap<usize, i32>) -> i32 {
            if i == s.len() {
                return 1;
            }
            if s[i] == b'0' {
                return 0;
            }
            if let Some(&v) = memo.get(&i) {
                return v;
            }
            let mut res = dfs(i + 1, s, memo);
            if i + 1 < s.len() && (s[i] == b'1' || (s[i] == b'2' && s[i + 1] < b'7')) {
                res += dfs(i + 2, s, memo);
            }
            memo.insert(i, res);
            res
        }
        dfs(0, s.as_bytes(), &mut HashMap::new())
    }
}

use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        fn dfs(i: usize, j: usize, a: &[u8], b: &[u8], memo: &mut HashMap<(usize, usize), i32>) -> i32 {
            if i == a.len() {
                return (b.len() - j) as i32;
            }
            if j == b.len() {
                return (a.len() - i) as i32;
            }
            if let Some(&v) = memo.get(&(i, j)) {
                return v;
            }
            let res = if a[i] == b[j] {
                dfs(i + 1, j + 1, a, b, memo)
            } else {
                1 + dfs(i + 1, j, a, b, memo)
                    .min(dfs(i, j + 1, a, b, memo))
                    .min(dfs(i + 1, j + 1, a, b, memo))
            };
            memo.insert((i, j), res);
            res
        }
        dfs(0, 0, word1.as_bytes(), word2.as_bytes(), &mut HashMap::new())
    }
}

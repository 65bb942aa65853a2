pub struct Solution;

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        fn dfs(i: usize, j: usize, a: &[u8], b: &[u8], c: &[u8]) -> bool {
            if i == a.len() && j == b.len() {
                return true;
            }
            if i < a.len() && a[i] == c[i + j] && dfs(i + 1, j, a, b, c) {
                return true;
            }
            j < b.len() && b[j] == c[i + j] && dfs(i, j + 1, a, b, c)
        }
        if s1.len() + s2.len() != s3.len() {
            return false;
        }
        dfs(0, 0, s1.as_bytes(), s2.as_bytes(), s3.as_bytes())
    }
}

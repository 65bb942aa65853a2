pub struct Solution;

impl Solution {
    pub fn is_match(s: String, p: String) -> bool {
        fn dfs(s: &[u8], p: &[u8]) -> bool {
            if p.is_empty() {
                return s.is_empty();
            }
            let first = !s.is_empty() && (s[0] == p[0] || p[0] == b'.');
            if p.len() >= 2 && p[1] == b'*' {
                dfs(s, &p[2..]) || (first && dfs(&s[1..], p))
            } else {
                first && dfs(&s[1..], &p[1..])
            }
        }
        dfs(s.as_bytes(), p.as_bytes())
    }
}

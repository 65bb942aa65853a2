pub struct Solution;

impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // dp over (index, open count): O(n²)
        let s = s.as_bytes();
        let n = s.len();
        let mut memo = vec![vec![None; n + 1]; n + 1];
        fn go(s: &[u8], i: usize, open: usize, memo: &mut Vec<Vec<Option<bool>>>) -> bool {
            if open > s.len() - i {
                return false;
            }
            if i == s.len() {
                return open == 0;
            }
            if let Some(r) = memo[i][open] {
                return r;
            }
            let r = match s[i] {
                b'(' => go(s, i + 1, open + 1, memo),
                b')' => open > 0 && go(s, i + 1, open - 1, memo),
                _ => {
                    go(s, i + 1, open + 1, memo)
                        || (open > 0 && go(s, i + 1, open - 1, memo))
                        || go(s, i + 1, open, memo)
                }
            };
            memo[i][open] = Some(r);
            r
        }
        go(s, 0, 0, &mut memo)
    }
}

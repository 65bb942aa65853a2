pub struct Solution;

impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(String::new(), 0, 0)];
        while let Some((s, open, closed)) = stack.pop() {
            if closed == n {
                out.push(s);
                continue;
            }
            if closed < open {
                stack.push((format!("{s})"), open, closed + 1));
            }
            if open < n {
                stack.push((format!("{s}("), open + 1, closed));
            }
        }
        out
    }
}

pub struct Solution;

impl Solution {
    pub fn partition(s: String) -> Vec<Vec<String>> {
        let b = s.as_bytes();
        let mut res = Vec::new();
        let mut cur = Vec::new();
        Self::go(&s, b, 0, &mut cur, &mut res);
        res
    }

    fn go(s: &str, b: &[u8], start: usize, cur: &mut Vec<String>, res: &mut Vec<Vec<String>>) {
        if start == b.len() {
            res.push(cur.clone());
            return;
        }
        for end in start..b.len() {
            // a palindrome starts and ends with the same letter
            if b[start] == b[end] {
                cur.push(s[start..=end].to_string());
                Self::go(s, b, end + 1, cur, res);
                cur.pop();
            }
        }
    }
}

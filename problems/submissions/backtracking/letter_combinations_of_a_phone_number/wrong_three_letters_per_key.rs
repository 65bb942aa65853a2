pub struct Solution;

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let mut res = Vec::new();
        if digits.is_empty() {
            return res;
        }
        let mut cur = String::new();
        Self::dfs(digits.as_bytes(), &mut cur, &mut res);
        res
    }

    fn dfs(digits: &[u8], cur: &mut String, res: &mut Vec<String>) {
        if digits.is_empty() {
            res.push(cur.clone());
            return;
        }
        // three letters per key, counted from 'a'
        let first = b'a' + (digits[0] - b'2') * 3;
        for c in first..first + 3 {
            cur.push(c as char);
            Self::dfs(&digits[1..], cur, res);
            cur.pop();
        }
    }
}

pub struct Solution;

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let mut res = Vec::new();
        if digits.is_empty() {
            return res;
        }
        let map = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        let digits: Vec<usize> = digits.chars().map(|c| c.to_digit(10).unwrap() as usize).collect();
        let mut cur = String::new();
        Self::backtrack(&digits, 0, &map, &mut cur, &mut res);
        res
    }

    fn backtrack(digits: &[usize], i: usize, map: &[&str; 10], cur: &mut String, res: &mut Vec<String>) {
        if i == digits.len() {
            res.push(cur.clone());
            return;
        }
        for c in map[digits[i]].chars() {
            cur.push(c);
            Self::backtrack(digits, i + 1, map, cur, res);
            cur.pop();
        }
    }
}

pub struct Solution;

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let mut res = Vec::new();
        if digits.is_empty() {
            return res;
        }
        // spell every string of digits.len() lowercase letters, keep the ones the keys allow
        Self::spell(&digits, String::new(), &mut res);
        res
    }

    fn spell(digits: &str, word: String, res: &mut Vec<String>) {
        if word.len() == digits.len() {
            if Self::fits(digits, &word) {
                res.push(word);
            }
            return;
        }
        for c in 'a'..='z' {
            Self::spell(digits, format!("{word}{c}"), res);
        }
    }

    fn fits(digits: &str, word: &str) -> bool {
        let keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        digits
            .bytes()
            .zip(word.chars())
            .all(|(d, c)| keys[(d - b'2') as usize].contains(c))
    }
}

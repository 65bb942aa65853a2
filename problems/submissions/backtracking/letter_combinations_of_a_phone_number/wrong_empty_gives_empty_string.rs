pub struct Solution;

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        let map = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
        // starts from one empty combination, which is also returned when there are no digits
        let mut res = vec![String::new()];
        for d in digits.bytes() {
            let letters = map[(d - b'0') as usize];
            let mut next = Vec::new();
            for s in &res {
                for c in letters.chars() {
                    next.push(format!("{s}{c}"));
                }
            }
            res = next;
        }
        res
    }
}

use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn letter_combinations(digits: String) -> Vec<String> {
        if digits.is_empty() {
            return vec![];
        }
        let phone: HashMap<char, &str> = [
            ('2', "abc"),
            ('3', "def"),
            ('4', "ghi"),
            ('5', "jkl"),
            ('6', "mno"),
            ('7', "pqrs"),
            ('8', "tuv"),
            ('9', "wxyz"),
        ]
        .into_iter()
        .collect();
        // extend every combination so far by each letter of the next digit
        let mut res = vec![String::new()];
        for d in digits.chars() {
            let mut next = Vec::new();
            for prefix in &res {
                for ch in phone[&d].chars() {
                    let mut s = prefix.clone();
                    s.push(ch);
                    next.push(s);
                }
            }
            res = next;
        }
        res
    }
}

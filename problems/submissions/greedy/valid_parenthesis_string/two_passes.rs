pub struct Solution;

impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // left to right with stars as '(', then right to left with stars as ')'
        let mut bal = 0;
        for c in s.chars() {
            bal += if c == ')' { -1 } else { 1 };
            if bal < 0 {
                return false;
            }
        }
        bal = 0;
        for c in s.chars().rev() {
            bal += if c == '(' { -1 } else { 1 };
            if bal < 0 {
                return false;
            }
        }
        true
    }
}

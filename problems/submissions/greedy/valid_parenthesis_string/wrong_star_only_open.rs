pub struct Solution;

impl Solution {
    pub fn check_valid_string(s: String) -> bool {
        // a star can always stand in for a missing '(' so only a ')' too many is a problem
        let mut bal = 0;
        for c in s.chars() {
            bal += if c == ')' { -1 } else { 1 };
            if bal < 0 {
                return false;
            }
        }
        true
    }
}

pub struct Solution;

impl Solution {
    pub fn is_valid(s: String) -> bool {
        let mut s = s;
        loop {
            let shorter = s.replace("()", "").replace("[]", "").replace("{}", "");
            if shorter.len() == s.len() {
                return s.is_empty();
            }
            s = shorter;
        }
    }
}

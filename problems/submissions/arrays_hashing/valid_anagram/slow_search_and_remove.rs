pub struct Solution;

impl Solution {
    pub fn is_anagram(s: String, t: String) -> bool {
        let mut rest: Vec<char> = t.chars().collect();
        for c in s.chars() {
            match rest.iter().position(|&x| x == c) {
                Some(i) => {
                    rest.remove(i);
                }
                None => return false,
            }
        }
        rest.is_empty()
    }
}

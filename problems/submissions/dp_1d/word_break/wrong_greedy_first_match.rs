pub struct Solution;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        // take the first word that fits at each position and move on
        let mut i = 0;
        'outer: while i < s.len() {
            for w in &word_dict {
                if s[i..].starts_with(w.as_str()) {
                    i += w.len();
                    continue 'outer;
                }
            }
            return false;
        }
        true
    }
}

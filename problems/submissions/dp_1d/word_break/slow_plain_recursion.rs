pub struct Solution;

impl Solution {
    pub fn word_break(s: String, word_dict: Vec<String>) -> bool {
        fn can(rest: &str, word_dict: &Vec<String>) -> bool {
            if rest.is_empty() {
                return true;
            }
            for w in word_dict {
                if rest.starts_with(w.as_str()) && can(&rest[w.len()..], word_dict) {
                    return true;
                }
            }
            false
        }
        can(&s, &word_dict)
    }
}

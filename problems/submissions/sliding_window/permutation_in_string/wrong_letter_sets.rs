pub struct Solution;

impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        if a.len() > b.len() {
            return false;
        }
        let mut need = [false; 26];
        for &c in a {
            need[(c - b'a') as usize] = true;
        }
        b.windows(a.len()).any(|w| {
            let mut seen = [false; 26];
            for &c in w {
                seen[(c - b'a') as usize] = true;
            }
            seen == need
        })
    }
}

pub struct Solution;

impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a, b) = (s1.as_bytes(), s2.as_bytes());
        if a.len() > b.len() {
            return false;
        }
        let mut need = [0; 26];
        let mut window = [0; 26];
        for i in 0..a.len() {
            need[(a[i] - b'a') as usize] += 1;
            window[(b[i] - b'a') as usize] += 1;
        }
        if need == window {
            return true;
        }
        for i in a.len()..b.len() {
            window[(b[i] - b'a') as usize] += 1;
            window[(b[i - a.len()] - b'a') as usize] -= 1;
            if need == window {
                return true;
            }
        }
        false
    }
}

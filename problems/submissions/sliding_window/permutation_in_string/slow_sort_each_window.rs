pub struct Solution;

impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let mut target: Vec<u8> = s1.into_bytes();
        target.sort();
        let b = s2.as_bytes();
        if target.len() > b.len() {
            return false;
        }
        for start in 0..=b.len() - target.len() {
            let mut window = b[start..start + target.len()].to_vec();
            window.sort();
            if window == target {
                return true;
            }
        }
        false
    }
}

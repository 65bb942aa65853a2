use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let need: HashSet<u8> = t.bytes().collect();
        let s = s.as_bytes();
        let mut best: Option<(usize, usize)> = None;
        let mut count = [0usize; 128];
        let mut covered = 0;
        let mut left = 0;
        for right in 0..s.len() {
            let c = s[right] as usize;
            if need.contains(&s[right]) {
                count[c] += 1;
                if count[c] == 1 {
                    covered += 1;
                }
            }
            while covered == need.len() {
                if best.map_or(true, |(a, b)| right + 1 - left < b - a) {
                    best = Some((left, right + 1));
                }
                let out = s[left] as usize;
                if need.contains(&s[left]) {
                    count[out] -= 1;
                    if count[out] == 0 {
                        covered -= 1;
                    }
                }
                left += 1;
            }
        }
        best.map_or(String::new(), |(a, b)| String::from_utf8(s[a..b].to_vec()).unwrap())
    }
}

pub struct Solution;

impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut best = 0;
        for i in 0..s.len() {
            let mut count = [0i32; 26];
            let mut most = 0;
            for j in i..s.len() {
                let c = (s[j] - b'A') as usize;
                count[c] += 1;
                most = most.max(count[c]);
                if (j - i + 1) as i32 - most <= k {
                    best = best.max(j - i + 1);
                }
            }
        }
        best as i32
    }
}

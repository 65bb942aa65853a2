pub struct Solution;

impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut count = [0i32; 26];
        let mut left = 0;
        let mut best = 0;
        for right in 0..s.len() {
            count[(s[right] - b'A') as usize] += 1;
            // Shrink until the letters other than the commonest one fit in k replacements.
            while (right - left + 1) as i32 - count.iter().max().unwrap() > k {
                count[(s[left] - b'A') as usize] -= 1;
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best as i32
    }
}

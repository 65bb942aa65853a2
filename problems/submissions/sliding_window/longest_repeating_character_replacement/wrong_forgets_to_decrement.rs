pub struct Solution;

impl Solution {
    pub fn character_replacement(s: String, k: i32) -> i32 {
        let s = s.as_bytes();
        let mut count = [0i32; 26];
        let mut most = 0;
        let mut left = 0;
        let mut best = 0;
        for right in 0..s.len() {
            let c = (s[right] - b'A') as usize;
            count[c] += 1;
            most = most.max(count[c]);
            if (right - left + 1) as i32 - most > k {
                // The letter at `left` leaves the window, but its count is never lowered.
                left += 1;
            }
            best = best.max(right - left + 1);
        }
        best as i32
    }
}

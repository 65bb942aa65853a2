pub struct Solution;

impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let s = s.as_bytes();
        let n = s.len() as i32;
        let mut count = 0;
        // every palindrome has a middle letter
        for mid in 0..n {
            let (mut l, mut r) = (mid, mid);
            while l >= 0 && r < n && s[l as usize] == s[r as usize] {
                count += 1;
                l -= 1;
                r += 1;
            }
        }
        count
    }
}

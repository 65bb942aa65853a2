pub struct Solution;

impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        fn count_pali(s: &[u8], mut l: i32, mut r: i32) -> i32 {
            let mut res = 0;
            while l >= 0 && (r as usize) < s.len() && s[l as usize] == s[r as usize] {
                res += 1;
                l -= 1;
                r += 1;
            }
            res
        }
        let s = s.as_bytes();
        let mut res = 0;
        for i in 0..s.len() as i32 {
            res += count_pali(s, i, i);
            res += count_pali(s, i, i + 1);
        }
        res
    }
}

pub struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let chars: Vec<char> = s.chars().collect();
        let n = chars.len() as i32;
        let (mut res_start, mut res_len) = (0usize, 0usize);
        for i in 0..n {
            for (mut l, mut r) in [(i, i), (i, i + 1)] {
                while l >= 0 && r < n && chars[l as usize] == chars[r as usize] {
                    if (r - l + 1) as usize > res_len {
                        res_start = l as usize;
                        res_len = (r - l + 1) as usize;
                    }
                    l -= 1;
                    r += 1;
                }
            }
        }
        chars[res_start..res_start + res_len].iter().collect()
    }
}

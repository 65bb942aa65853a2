pub struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let b = s.as_bytes();
        let n = b.len();
        let (mut start, mut best) = (0, 1);
        // grow a palindrome around every letter
        for mid in 0..n {
            let (mut l, mut r) = (mid, mid);
            while l > 0 && r + 1 < n && b[l - 1] == b[r + 1] {
                l -= 1;
                r += 1;
            }
            if r - l + 1 > best {
                start = l;
                best = r - l + 1;
            }
        }
        s[start..start + best].to_string()
    }
}

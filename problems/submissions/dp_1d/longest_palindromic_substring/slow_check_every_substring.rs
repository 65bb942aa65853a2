pub struct Solution;

impl Solution {
    pub fn longest_palindrome(s: String) -> String {
        let n = s.len();
        let mut best = &s[0..1];
        for i in 0..n {
            for j in i + 1..=n {
                let sub = &s[i..j];
                if sub.chars().eq(sub.chars().rev()) && sub.len() > best.len() {
                    best = sub;
                }
            }
        }
        best.to_string()
    }
}

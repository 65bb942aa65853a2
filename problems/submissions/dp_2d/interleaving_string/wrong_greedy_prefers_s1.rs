pub struct Solution;

impl Solution {
    pub fn is_interleave(s1: String, s2: String, s3: String) -> bool {
        // take the next letter from s1 whenever it fits, otherwise from s2
        let (a, b, c) = (s1.as_bytes(), s2.as_bytes(), s3.as_bytes());
        if a.len() + b.len() != c.len() {
            return false;
        }
        let (mut i, mut j) = (0, 0);
        for &x in c {
            if i < a.len() && a[i] == x {
                i += 1;
            } else if j < b.len() && b[j] == x {
                j += 1;
            } else {
                return false;
            }
        }
        true
    }
}

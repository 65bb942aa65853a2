pub struct Solution;

impl Solution {
    pub fn count_substrings(s: String) -> i32 {
        let n = s.len();
        let mut count = 0;
        for i in 0..n {
            for j in i + 1..=n {
                let sub = &s[i..j];
                if sub.chars().eq(sub.chars().rev()) {
                    count += 1;
                }
            }
        }
        count
    }
}

pub struct Solution;

impl Solution {
    pub fn min_distance(word1: String, word2: String) -> i32 {
        fn go(a: &[u8], b: &[u8]) -> i32 {
            if a.is_empty() {
                return b.len() as i32;
            }
            if b.is_empty() {
                return a.len() as i32;
            }
            if a[0] == b[0] {
                return go(&a[1..], &b[1..]);
            }
            let insert = go(a, &b[1..]);
            let delete = go(&a[1..], b);
            let replace = go(&a[1..], &b[1..]);
            1 + insert.min(delete).min(replace)
        }
        go(word1.as_bytes(), word2.as_bytes())
    }
}

pub struct Solution;

impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // cut after any letter that does not appear again
        let b = s.as_bytes();
        let (mut res, mut start) = (vec![], 0);
        for i in 0..b.len() {
            if !b[i + 1..].contains(&b[i]) {
                res.push((i - start + 1) as i32);
                start = i + 1;
            }
        }
        res
    }
}

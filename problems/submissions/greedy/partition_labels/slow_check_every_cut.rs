use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        // cut after j when the letters before and after j share none
        let b = s.as_bytes();
        let (mut res, mut start) = (vec![], 0);
        for j in 0..b.len() {
            let left: HashSet<u8> = b[start..=j].iter().copied().collect();
            let right: HashSet<u8> = b[j + 1..].iter().copied().collect();
            if left.is_disjoint(&right) {
                res.push((j - start + 1) as i32);
                start = j + 1;
            }
        }
        res
    }
}

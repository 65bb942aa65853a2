use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn partition_labels(s: String) -> Vec<i32> {
        let mut last_index = HashMap::new();
        for (i, c) in s.chars().enumerate() {
            last_index.insert(c, i);
        }
        let mut res = Vec::new();
        let (mut size, mut end) = (0, 0);
        for (i, c) in s.chars().enumerate() {
            size += 1;
            end = end.max(last_index[&c]);
            if i == end {
                res.push(size);
                size = 0;
            }
        }
        res
    }
}

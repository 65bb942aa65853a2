use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn merge_triplets(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
        let mut good = HashSet::new();
        for t in triplets {
            if t[0] > target[0] || t[1] > target[1] || t[2] > target[2] {
                continue;
            }
            for (i, v) in t.iter().enumerate() {
                if *v == target[i] {
                    good.insert(i);
                }
            }
        }
        good.len() == 3
    }
}

use std::collections::BTreeMap;

pub struct Solution;

impl Solution {
    pub fn subsets_with_dup(nums: Vec<i32>) -> Vec<Vec<i32>> {
        // for each distinct value, take it 0, 1, ..., count times
        let mut counts = BTreeMap::new();
        for n in nums {
            *counts.entry(n).or_insert(0) += 1;
        }
        let mut res: Vec<Vec<i32>> = vec![vec![]];
        for (value, count) in counts {
            let size = res.len();
            for i in 0..size {
                let mut cur = res[i].clone();
                for _ in 0..count {
                    cur.push(value);
                    res.push(cur.clone());
                }
            }
        }
        res
    }
}

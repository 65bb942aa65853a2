use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, i32> = HashMap::new();
        for n in nums {
            *count.entry(n).or_insert(0) += 1;
        }
        let mut pairs: Vec<(i32, i32)> = count.into_iter().collect();
        pairs.sort_by_key(|p| p.1);
        pairs.iter().take(k as usize).map(|p| p.0).collect()
    }
}

use std::collections::BTreeSet;

pub struct Solution;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let values: BTreeSet<i32> = nums.iter().copied().collect();
        let k = (k as usize).min(values.len());
        *values.iter().rev().nth(k - 1).unwrap()
    }
}

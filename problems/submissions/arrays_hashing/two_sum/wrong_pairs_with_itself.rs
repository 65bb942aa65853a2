use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut index_of = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            index_of.insert(x, i);
        }
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = index_of.get(&(target - x)) {
                return vec![i as i32, j as i32];
            }
        }
        vec![]
    }
}

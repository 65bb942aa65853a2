use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let set: HashSet<i32> = nums.iter().cloned().collect();
        for i in 0..=nums.len() as i32 {
            if !set.contains(&i) {
                return i;
            }
        }
        -1
    }
}

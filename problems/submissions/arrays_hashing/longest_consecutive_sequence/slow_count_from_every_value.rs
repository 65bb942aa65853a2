use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn longest_consecutive(nums: Vec<i32>) -> i32 {
        let set: HashSet<i32> = nums.iter().cloned().collect();
        let mut best = 0;
        for &x in &set {
            let mut length = 1;
            while set.contains(&(x + length)) {
                length += 1;
            }
            best = best.max(length);
        }
        best
    }
}

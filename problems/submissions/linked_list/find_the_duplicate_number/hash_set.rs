use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        let mut seen = HashSet::new();
        for x in nums {
            if !seen.insert(x) {
                return x;
            }
        }
        unreachable!()
    }
}

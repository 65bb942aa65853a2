use std::collections::HashMap;

pub struct Solution;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        let mut count: HashMap<i32, i32> = HashMap::new();
        for &n in &nums {
            *count.entry(n).or_insert(0) += 1;
        }
        for (n, c) in count {
            if c == 1 {
                return n;
            }
        }
        -1
    }
}

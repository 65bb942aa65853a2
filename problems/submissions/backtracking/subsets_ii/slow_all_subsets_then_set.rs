use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn subsets_with_dup(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
        // sort so that equal subsets are equal lists, build all 2^n, let a set drop the repeats
        nums.sort();
        let n = nums.len();
        let mut set = HashSet::new();
        for mask in 0..(1 << n) {
            let mut subset = Vec::new();
            for i in 0..n {
                if mask & (1 << i) != 0 {
                    subset.push(nums[i]);
                }
            }
            set.insert(subset);
        }
        set.into_iter().collect()
    }
}

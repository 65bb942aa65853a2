use std::collections::BTreeSet;

pub struct Solution;

impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // the tails of the best run of each length, kept sorted in a set
        let mut tails = BTreeSet::new();
        for x in nums {
            if let Some(&next) = tails.range(x..).next() {
                tails.remove(&next);
            }
            tails.insert(x);
        }
        tails.len() as i32
    }
}

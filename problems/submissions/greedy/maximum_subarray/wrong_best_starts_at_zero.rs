pub struct Solution;

impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // the best starts at 0, as if the empty subarray were allowed
        let (mut current, mut best) = (0, 0);
        for x in nums {
            current = (current + x).max(0);
            best = best.max(current);
        }
        best
    }
}

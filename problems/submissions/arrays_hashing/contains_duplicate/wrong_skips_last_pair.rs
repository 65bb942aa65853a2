pub struct Solution;

impl Solution {
    pub fn contains_duplicate(nums: Vec<i32>) -> bool {
        let mut nums = nums;
        nums.sort();
        // Off by one: the pair (n-2, n-1) is never compared.
        for i in 1..nums.len().saturating_sub(1) {
            if nums[i] == nums[i - 1] {
                return true;
            }
        }
        false
    }
}

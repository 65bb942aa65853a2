pub struct Solution;

impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let (mut left, mut right) = (0, nums.len() - 1);
        while left < right {
            let mid = (left + right) / 2;
            // Bug: a middle above the left end is not always left of the minimum
            // (not when the range is not rotated at all).
            if nums[mid] >= nums[left] {
                left = mid + 1;
            } else {
                right = mid;
            }
        }
        nums[left]
    }
}

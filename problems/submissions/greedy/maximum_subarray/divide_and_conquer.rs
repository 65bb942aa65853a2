pub struct Solution;

impl Solution {
    pub fn max_sub_array(nums: Vec<i32>) -> i32 {
        // best of the left half, the right half, and the best run crossing the middle: O(n log n)
        fn best(nums: &[i32]) -> i32 {
            if nums.len() == 1 {
                return nums[0];
            }
            let mid = nums.len() / 2;
            let (left, right) = nums.split_at(mid);
            let (mut sum, mut left_part) = (0, i32::MIN);
            for &x in left.iter().rev() {
                sum += x;
                left_part = left_part.max(sum);
            }
            let (mut sum, mut right_part) = (0, i32::MIN);
            for &x in right {
                sum += x;
                right_part = right_part.max(sum);
            }
            best(left).max(best(right)).max(left_part + right_part)
        }
        best(&nums)
    }
}

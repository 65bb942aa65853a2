pub struct Solution;

impl Solution {
    pub fn find_min(nums: Vec<i32>) -> i32 {
        let mut best = nums[0];
        let (mut l, mut r) = (0usize, nums.len() - 1);
        while l <= r {
            if nums[l] < nums[r] {
                // l..=r is sorted: its first element is its minimum.
                best = best.min(nums[l]);
                break;
            }
            let m = (l + r) / 2;
            best = best.min(nums[m]);
            if nums[m] >= nums[l] {
                l = m + 1;
            } else {
                if m == 0 {
                    break;
                }
                r = m - 1;
            }
        }
        best
    }
}

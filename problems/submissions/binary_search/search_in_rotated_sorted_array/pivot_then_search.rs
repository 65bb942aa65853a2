pub struct Solution;

impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len();
        // The index of the smallest value: where the rotation starts.
        let (mut lo, mut hi) = (0, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if nums[mid] > nums[hi] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let pivot = lo;
        // Both nums[pivot..] and nums[..pivot] are sorted; search the one that can hold target.
        let (start, end) = if target >= nums[pivot] && target <= nums[n - 1] {
            (pivot, n)
        } else {
            (0, pivot)
        };
        match nums[start..end].binary_search(&target) {
            Ok(i) => (start + i) as i32,
            Err(_) => -1,
        }
    }
}

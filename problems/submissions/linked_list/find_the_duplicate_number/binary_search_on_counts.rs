pub struct Solution;

impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        // The smallest v such that more than v values are <= v: O(n log n), O(1) extra.
        let (mut low, mut high) = (1, nums.len() as i32 - 1);
        while low < high {
            let mid = low + (high - low) / 2;
            let count = nums.iter().filter(|&&x| x <= mid).count() as i32;
            if count > mid {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        low
    }
}

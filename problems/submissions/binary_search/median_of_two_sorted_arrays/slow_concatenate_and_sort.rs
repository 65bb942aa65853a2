pub struct Solution;

impl Solution {
    pub fn find_median_sorted_arrays(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
        let mut all = nums1.clone();
        all.extend(nums2.iter());
        all.sort_unstable();
        let n = all.len();
        if n % 2 == 1 {
            all[n / 2] as f64
        } else {
            (all[n / 2 - 1] as f64 + all[n / 2] as f64) / 2.0
        }
    }
}

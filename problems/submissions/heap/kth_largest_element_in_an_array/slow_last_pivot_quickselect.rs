pub struct Solution;

impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let target = nums.len() - k as usize;
        let (mut lo, mut hi) = (0, nums.len() - 1);
        loop {
            // Lomuto partition around the last element.
            let pivot = nums[hi];
            let mut store = lo;
            for i in lo..hi {
                if nums[i] < pivot {
                    nums.swap(i, store);
                    store += 1;
                }
            }
            nums.swap(store, hi);
            if store == target {
                return nums[store];
            } else if store < target {
                lo = store + 1;
            } else {
                hi = store - 1;
            }
        }
    }
}

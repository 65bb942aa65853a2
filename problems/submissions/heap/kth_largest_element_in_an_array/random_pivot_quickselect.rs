use rand::Rng;

pub struct Solution;

impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        // The answer sits at index `target` once nums is sorted ascending.
        let target = nums.len() - k as usize;
        let (mut lo, mut hi) = (0, nums.len());
        let mut rng = rand::thread_rng();
        loop {
            let pivot = nums[rng.gen_range(lo..hi)];
            // Three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot.
            let (mut lt, mut i, mut gt) = (lo, lo, hi);
            while i < gt {
                if nums[i] < pivot {
                    nums.swap(i, lt);
                    lt += 1;
                    i += 1;
                } else if nums[i] > pivot {
                    gt -= 1;
                    nums.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            if target < lt {
                hi = lt;
            } else if target >= gt {
                lo = gt;
            } else {
                return pivot;
            }
        }
    }
}

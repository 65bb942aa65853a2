pub struct Solution;

impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        // the longest increasing subsequence of nums[i..] whose values exceed nums[prev]
        fn best(i: usize, prev: Option<usize>, nums: &[i32]) -> i32 {
            if i == nums.len() {
                return 0;
            }
            let skip = best(i + 1, prev, nums);
            match prev {
                Some(p) if nums[p] >= nums[i] => skip,
                _ => skip.max(1 + best(i + 1, Some(i), nums)),
            }
        }
        best(0, None, &nums)
    }
}

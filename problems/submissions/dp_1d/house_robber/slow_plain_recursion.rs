pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(i: usize, nums: &Vec<i32>) -> i32 {
            if i >= nums.len() {
                return 0;
            }
            // skip house i, or rob it and skip its neighbour
            best(i + 1, nums).max(nums[i] + best(i + 2, nums))
        }
        best(0, &nums)
    }
}

pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn best(i: usize, nums: &[i32], memo: &mut Vec<Option<i32>>) -> i32 {
            if i >= nums.len() {
                return 0;
            }
            if let Some(known) = memo[i] {
                return known;
            }
            let result = best(i + 1, nums, memo).max(nums[i] + best(i + 2, nums, memo));
            memo[i] = Some(result);
            result
        }
        let mut memo = vec![None; nums.len()];
        best(0, &nums, &mut memo)
    }
}

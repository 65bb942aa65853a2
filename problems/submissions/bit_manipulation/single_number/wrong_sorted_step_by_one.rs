pub struct Solution;

impl Solution {
    pub fn single_number(mut nums: Vec<i32>) -> i32 {
        nums.sort();
        // the first value that differs from its neighbour is the single one
        for i in 0..nums.len() - 1 {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
        }
        nums[nums.len() - 1]
    }
}

pub struct Solution;

impl Solution {
    pub fn single_number(mut nums: Vec<i32>) -> i32 {
        nums.sort();
        let mut i = 0;
        while i + 1 < nums.len() {
            if nums[i] != nums[i + 1] {
                return nums[i];
            }
            i += 2;
        }
        nums[nums.len() - 1]
    }
}

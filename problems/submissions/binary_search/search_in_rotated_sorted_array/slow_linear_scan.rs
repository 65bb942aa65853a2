pub struct Solution;

impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        for (i, &value) in nums.iter().enumerate() {
            if value == target {
                return i as i32;
            }
        }
        -1
    }
}

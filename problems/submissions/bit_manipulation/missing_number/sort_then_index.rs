pub struct Solution;

impl Solution {
    pub fn missing_number(mut nums: Vec<i32>) -> i32 {
        nums.sort_unstable();
        for (i, &num) in nums.iter().enumerate() {
            if num != i as i32 {
                return i as i32;
            }
        }
        nums.len() as i32
    }
}

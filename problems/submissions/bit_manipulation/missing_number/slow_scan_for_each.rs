pub struct Solution;

impl Solution {
    pub fn missing_number(nums: Vec<i32>) -> i32 {
        let n = nums.len() as i32;
        for i in 0..=n {
            let mut found = false;
            for j in 0..nums.len() {
                if nums[j] == i {
                    found = true;
                    break;
                }
            }
            if !found {
                return i;
            }
        }
        n
    }
}

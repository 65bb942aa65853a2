pub struct Solution;

impl Solution {
    pub fn single_number(nums: Vec<i32>) -> i32 {
        for &x in &nums {
            let mut count = 0;
            for &y in &nums {
                if x == y {
                    count += 1;
                }
            }
            if count == 1 {
                return x;
            }
        }
        0
    }
}

pub struct Solution;

impl Solution {
    pub fn plus_one(mut digits: Vec<i32>) -> Vec<i32> {
        let mut i = digits.len() - 1;
        loop {
            if digits[i] < 9 {
                digits[i] += 1;
                break;
            }
            digits[i] = 0;
            if i == 0 {
                break;
            }
            i -= 1;
        }
        digits
    }
}

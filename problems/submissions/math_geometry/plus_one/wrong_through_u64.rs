pub struct Solution;

impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut num: u64 = 0;
        for d in digits {
            num = num * 10 + d as u64;
        }
        num += 1;
        num.to_string().chars().map(|c| c.to_digit(10).unwrap() as i32).collect()
    }
}

pub struct Solution;

impl Solution {
    pub fn reverse(x: i32) -> i32 {
        let sign = if x < 0 { -1 } else { 1 };
        let digits: String = x.to_string().trim_start_matches('-').chars().rev().collect();
        sign * digits.parse::<i32>().unwrap()
    }
}

pub struct Solution;

impl Solution {
    pub fn reverse(x: i32) -> i32 {
        let s: String = x.unsigned_abs().to_string().chars().rev().collect();
        match s.parse::<i32>() {
            Ok(r) => {
                if x < 0 {
                    -r
                } else {
                    r
                }
            }
            Err(_) => 0,
        }
    }
}

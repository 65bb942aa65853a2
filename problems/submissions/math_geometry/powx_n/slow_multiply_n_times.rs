pub struct Solution;

impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        let mut res = 1.0;
        for _ in 0..(n as i64).abs() {
            res *= x;
        }
        if n < 0 { 1.0 / res } else { res }
    }
}

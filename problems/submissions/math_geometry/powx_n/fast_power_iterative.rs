pub struct Solution;

impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        let mut e = (n as i64).abs();
        let mut base = x;
        let mut res = 1.0;
        while e > 0 {
            if e % 2 == 1 {
                res *= base;
            }
            base *= base;
            e /= 2;
        }
        if n < 0 { 1.0 / res } else { res }
    }
}

pub struct Solution;

impl Solution {
    pub fn my_pow(x: f64, n: i32) -> f64 {
        // halves n towards zero; for a negative odd n, n % 2 is -1 in Rust, not 1
        if n == 0 {
            return 1.0;
        }
        let half = Self::my_pow(x, n / 2);
        if n % 2 == 1 {
            half * half * x
        } else {
            half * half
        }
    }
}

pub struct Solution;

impl Solution {
    pub fn is_happy(n: i32) -> bool {
        // keep summing until one digit is left, then it must be 1
        let mut n = n;
        while n >= 10 {
            let mut sum = 0;
            while n > 0 {
                sum += (n % 10) * (n % 10);
                n /= 10;
            }
            n = sum;
        }
        n == 1
    }
}

pub struct Solution;

impl Solution {
    pub fn reverse(x: i32) -> i32 {
        let mut x = x;
        let mut res = 0;
        while x != 0 {
            res = res * 10 + x % 10;
            x /= 10;
        }
        res
    }
}

pub struct Solution;

impl Solution {
    pub fn reverse(x: i32) -> i32 {
        let mut x = x;
        let mut res: i32 = 0;
        while x != 0 {
            let digit = x % 10;
            x /= 10;
            res = match res.checked_mul(10).and_then(|r| r.checked_add(digit)) {
                Some(r) => r,
                None => return 0,
            };
        }
        res
    }
}

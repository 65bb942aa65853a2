pub struct Solution;

impl Solution {
    pub fn count_bits(n: i32) -> Vec<i32> {
        let mut res = Vec::new();
        for i in 0..=n {
            let mut x = i;
            let mut count = 0;
            while x > 0 {
                count += x & 1;
                x >>= 1;
            }
            res.push(count);
        }
        res
    }
}

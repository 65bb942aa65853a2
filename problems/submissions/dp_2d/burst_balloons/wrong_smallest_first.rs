pub struct Solution;

impl Solution {
    pub fn max_coins(nums: Vec<i32>) -> i32 {
        // always burst the smallest balloon left, so big ones stay to multiply each other
        let mut b = nums;
        let mut coins = 0;
        while !b.is_empty() {
            let mut k = 0;
            for i in 1..b.len() {
                if b[i] < b[k] {
                    k = i;
                }
            }
            let left = if k > 0 { b[k - 1] } else { 1 };
            let right = if k + 1 < b.len() { b[k + 1] } else { 1 };
            coins += left * b[k] * right;
            b.remove(k);
        }
        coins
    }
}

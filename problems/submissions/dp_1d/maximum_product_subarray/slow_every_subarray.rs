pub struct Solution;

impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best = nums[0];
        for i in 0..nums.len() {
            let mut product = 1;
            for j in i..nums.len() {
                product *= nums[j];
                best = best.max(product);
            }
        }
        best
    }
}

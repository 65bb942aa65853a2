pub struct Solution;

impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        if nums.contains(&0) {
            return vec![0; nums.len()];
        }
        let total: i32 = nums.iter().product();
        nums.iter().map(|&x| total / x).collect()
    }
}

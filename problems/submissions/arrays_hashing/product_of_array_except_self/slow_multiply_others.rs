pub struct Solution;

impl Solution {
    pub fn product_except_self(nums: Vec<i32>) -> Vec<i32> {
        let n = nums.len();
        let mut answer = vec![0; n];
        for i in 0..n {
            let mut product = 1;
            for j in 0..n {
                if j != i {
                    product *= nums[j];
                }
            }
            answer[i] = product;
        }
        answer
    }
}

pub struct Solution;

impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut lis = vec![1; n];
        for i in (0..n).rev() {
            for j in i + 1..n {
                if nums[i] < nums[j] {
                    lis[i] = lis[i].max(1 + lis[j]);
                }
            }
        }
        *lis.iter().max().unwrap()
    }
}

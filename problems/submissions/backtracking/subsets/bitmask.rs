pub struct Solution;

impl Solution {
    pub fn subsets(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        (0..1 << n)
            .map(|mask: usize| {
                (0..n)
                    .filter(|i| mask >> i & 1 == 1)
                    .map(|i| nums[i])
                    .collect()
            })
            .collect()
    }
}

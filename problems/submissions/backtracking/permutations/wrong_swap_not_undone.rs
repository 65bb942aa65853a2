pub struct Solution;

impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        let mut res = Vec::new();
        Self::go(&mut nums, 0, &mut res);
        res
    }

    fn go(nums: &mut Vec<i32>, k: usize, res: &mut Vec<Vec<i32>>) {
        if k == nums.len() {
            res.push(nums.clone());
            return;
        }
        for i in k..nums.len() {
            // bring nums[i] to position k and arrange the rest
            nums.swap(k, i);
            Self::go(nums, k + 1, res);
        }
    }
}

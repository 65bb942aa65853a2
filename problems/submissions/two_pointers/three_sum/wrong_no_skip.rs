pub struct Solution;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort();
        let mut result = Vec::new();
        for i in 0..nums.len() {
            let (mut lo, mut hi) = (i + 1, nums.len() - 1);
            while lo < hi {
                let sum = nums[i] + nums[lo] + nums[hi];
                if sum == 0 {
                    result.push(vec![nums[i], nums[lo], nums[hi]]);
                    lo += 1;
                    hi -= 1;
                } else if sum < 0 {
                    lo += 1;
                } else {
                    hi -= 1;
                }
            }
        }
        result
    }
}

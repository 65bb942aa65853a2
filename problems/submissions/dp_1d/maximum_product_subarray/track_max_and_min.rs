pub struct Solution;

impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut res = nums[0];
        let (mut cur_min, mut cur_max) = (1, 1);
        for n in nums {
            let tmp = cur_max * n;
            cur_max = n.max(tmp).max(cur_min * n);
            cur_min = n.min(tmp).min(cur_min * n);
            res = res.max(cur_max);
        }
        res
    }
}

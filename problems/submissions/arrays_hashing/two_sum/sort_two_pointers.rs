pub struct Solution;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut order: Vec<usize> = (0..nums.len()).collect();
        order.sort_by_key(|&i| nums[i]);
        let (mut lo, mut hi) = (0, order.len() - 1);
        while lo < hi {
            let sum = nums[order[lo]] as i64 + nums[order[hi]] as i64;
            if sum == target as i64 {
                return vec![order[lo] as i32, order[hi] as i32];
            } else if sum < target as i64 {
                lo += 1;
            } else {
                hi -= 1;
            }
        }
        vec![]
    }
}

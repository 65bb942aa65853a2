pub struct Solution;

impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // dp from the back: an index is good if some index it can land on is good
        let n = nums.len();
        let mut good = vec![false; n];
        good[n - 1] = true;
        for i in (0..n - 1).rev() {
            let far = (i + nums[i] as usize).min(n - 1);
            for j in i + 1..=far {
                if good[j] {
                    good[i] = true;
                    break;
                }
            }
        }
        good[0]
    }
}

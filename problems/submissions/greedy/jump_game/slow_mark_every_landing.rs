pub struct Solution;

impl Solution {
    pub fn can_jump(nums: Vec<i32>) -> bool {
        // dp: mark every index each reachable index can land on
        let n = nums.len();
        let mut reachable = vec![false; n];
        reachable[0] = true;
        for i in 0..n {
            if !reachable[i] {
                continue;
            }
            for j in i + 1..=(i + nums[i] as usize).min(n - 1) {
                reachable[j] = true;
            }
        }
        reachable[n - 1]
    }
}

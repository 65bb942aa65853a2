pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        // robbing every other house never robs two neighbours, so take the better parity
        let even: i32 = nums.iter().step_by(2).sum();
        let odd: i32 = nums.iter().skip(1).step_by(2).sum();
        even.max(odd)
    }
}

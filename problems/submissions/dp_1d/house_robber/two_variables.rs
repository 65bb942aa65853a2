pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        let mut rob1 = 0;
        let mut rob2 = 0;
        for n in nums {
            let temp = (n + rob1).max(rob2);
            rob1 = rob2;
            rob2 = temp;
        }
        rob2
    }
}

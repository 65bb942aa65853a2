pub struct Solution;

impl Solution {
    pub fn rob(nums: Vec<i32>) -> i32 {
        fn helper(nums: &[i32]) -> i32 {
            let (mut rob1, mut rob2) = (0, 0);
            for &n in nums {
                let new_rob = rob2.max(rob1 + n);
                rob1 = rob2;
                rob2 = new_rob;
            }
            rob2
        }
        if nums.len() == 1 {
            return nums[0];
        }
        helper(&nums[1..]).max(helper(&nums[..nums.len() - 1]))
    }
}

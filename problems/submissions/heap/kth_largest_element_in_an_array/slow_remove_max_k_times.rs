pub struct Solution;

impl Solution {
    pub fn find_kth_largest(mut nums: Vec<i32>, k: i32) -> i32 {
        let mut answer = 0;
        for _ in 0..k {
            let mut best = 0;
            for i in 1..nums.len() {
                if nums[i] > nums[best] {
                    best = i;
                }
            }
            answer = nums.swap_remove(best);
        }
        answer
    }
}

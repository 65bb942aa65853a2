pub struct Solution;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut answer = Vec::new();
        for start in 0..=nums.len() - k {
            let mut best = i32::MIN;
            for &value in &nums[start..start + k] {
                best = best.max(value);
            }
            answer.push(best);
        }
        answer
    }
}

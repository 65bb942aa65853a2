use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut window: VecDeque<usize> = VecDeque::new();
        let mut answer = Vec::new();
        for i in 0..nums.len() {
            if let Some(&front) = window.front() {
                if front + k == i {
                    window.pop_front();
                }
            }
            while let Some(&back) = window.back() {
                if nums[back] < nums[i] {
                    window.pop_back();
                } else {
                    break;
                }
            }
            window.push_back(i);
            if i + 1 >= k {
                answer.push(nums[*window.front().unwrap()]);
            }
        }
        answer
    }
}

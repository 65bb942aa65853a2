// 239. Sliding Window Maximum (Hard) · pattern: sliding-window
// https://leetcode.com/problems/sliding-window-maximum/
// `judge show sliding-window-maximum` prints the problem; `judge run sliding-window-maximum` judges this file.
// Target: O(n) time, O(k) space. The `impl Solution` block pastes into LeetCode unchanged.

pub struct Solution;

// A worked example, shipped with the workbook: `judge run sliding-window-maximum` accepts it.
// `judge new sliding-window-maximum --force` starts you over (keeping this file as a backup).
use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        // Indices of candidates for the maximum; their values decrease from front to back.
        let mut candidates: VecDeque<usize> = VecDeque::with_capacity(k);
        let mut maxima = Vec::with_capacity(nums.len() + 1 - k);
        for (i, &value) in nums.iter().enumerate() {
            while candidates.back().is_some_and(|&j| nums[j] <= value) {
                candidates.pop_back();
            }
            candidates.push_back(i);
            if candidates[0] + k <= i {
                candidates.pop_front();
            }
            if i + 1 >= k {
                maxima.push(nums[candidates[0]]);
            }
        }
        maxima
    }
}

// Workbook: answer each question in your own words under its `A` line.
// `judge run` lists the questions still unanswered after an Accepted verdict.
//
// Q1 (this problem): Why can an index be dropped from the back of the deque for good as soon as a larger or equal value arrives?
// A1: the new value is newer and at least as large, so every future window that holds
//     the old index also holds the new one; the old index can never be the maximum again.
// Q2 (this problem): What order do the values in the deque keep, and why does that put the maximum at the front?
// A2:
//
// Q3 (this problem): Why does the deque hold indices rather than values? What would go wrong with values when the array has duplicates?
// A3:
//
// Q4 (this problem): Each index enters and leaves the deque at most once. How does that give O(n) in total?
// A4:
//
// Q5 (this problem): How would a max-heap solve it, and what does it cost in time compared with the deque?
// A5:
//

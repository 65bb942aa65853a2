use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let k = k as usize;
        let mut heap = BinaryHeap::new();
        let mut answer = Vec::with_capacity(nums.len() + 1 - k);
        for (i, &value) in nums.iter().enumerate() {
            heap.push((value, i));
            if i + 1 >= k {
                while let Some(&(_, j)) = heap.peek() {
                    if j + k <= i {
                        heap.pop();
                    } else {
                        break;
                    }
                }
                answer.push(heap.peek().unwrap().0);
            }
        }
        answer
    }
}

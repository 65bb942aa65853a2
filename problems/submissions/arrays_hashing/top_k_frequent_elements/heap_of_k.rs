use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub struct Solution;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &n in &nums {
            *count.entry(n).or_default() += 1;
        }
        let mut heap = BinaryHeap::new();
        for (value, c) in count {
            heap.push(Reverse((c, value)));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.into_iter().map(|Reverse((_, value))| value).collect()
    }
}

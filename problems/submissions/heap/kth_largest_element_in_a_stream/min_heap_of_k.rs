use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct KthLargest {
    k: usize,
    heap: RefCell<BinaryHeap<Reverse<i32>>>,
}

/**
 * `&self` means that this method does not mutate the object, as in LeetCode's template.
 */
impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        let this = KthLargest { k: k as usize, heap: RefCell::new(BinaryHeap::new()) };
        for n in nums {
            this.push(n);
        }
        this
    }

    fn push(&self, val: i32) {
        let mut heap = self.heap.borrow_mut();
        heap.push(Reverse(val));
        if heap.len() > self.k {
            heap.pop();
        }
    }

    fn add(&self, val: i32) -> i32 {
        self.push(val);
        self.heap.borrow().peek().unwrap().0
    }
}

/**
 * Your KthLargest object will be instantiated and called as such:
 * let obj = KthLargest::new(k, nums);
 * let ret_1: i32 = obj.add(val);
 */

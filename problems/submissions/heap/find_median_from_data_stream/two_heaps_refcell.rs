use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    small: RefCell<BinaryHeap<i32>>,
    large: RefCell<BinaryHeap<Reverse<i32>>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder {
            small: RefCell::new(BinaryHeap::new()),
            large: RefCell::new(BinaryHeap::new()),
        }
    }

    fn add_num(&self, num: i32) {
        let mut small = self.small.borrow_mut();
        let mut large = self.large.borrow_mut();
        if small.peek().map_or(true, |&top| num <= top) {
            small.push(num);
        } else {
            large.push(Reverse(num));
        }
        if small.len() > large.len() + 1 {
            large.push(Reverse(small.pop().unwrap()));
        } else if large.len() > small.len() {
            small.push(large.pop().unwrap().0);
        }
    }

    fn find_median(&self) -> f64 {
        let small = self.small.borrow();
        let large = self.large.borrow();
        if small.len() > large.len() {
            *small.peek().unwrap() as f64
        } else {
            (*small.peek().unwrap() as f64 + large.peek().unwrap().0 as f64) / 2.0
        }
    }
}

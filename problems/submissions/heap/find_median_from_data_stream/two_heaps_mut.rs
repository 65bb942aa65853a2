use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    lo: BinaryHeap<i32>,
    hi: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { lo: BinaryHeap::new(), hi: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.hi.push(Reverse(num));
        let Reverse(x) = self.hi.pop().unwrap();
        self.lo.push(x);
        if self.lo.len() > self.hi.len() + 1 {
            let y = self.lo.pop().unwrap();
            self.hi.push(Reverse(y));
        }
    }

    fn find_median(&mut self) -> f64 {
        if self.lo.len() == self.hi.len() {
            (self.lo.peek().unwrap() + self.hi.peek().unwrap().0) as f64 * 0.5
        } else {
            *self.lo.peek().unwrap() as f64
        }
    }
}

struct KthLargest {
    k: usize,
    all: Vec<i32>,
}

impl KthLargest {
    fn new(k: i32, nums: Vec<i32>) -> Self {
        KthLargest { k: k as usize, all: nums }
    }

    fn add(&mut self, val: i32) -> i32 {
        self.all.push(val);
        self.all.sort_unstable_by(|a, b| b.cmp(a));
        self.all[self.k - 1]
    }
}

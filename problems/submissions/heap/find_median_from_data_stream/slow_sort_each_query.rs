struct MedianFinder {
    nums: Vec<i32>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { nums: Vec::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.nums.push(num);
    }

    fn find_median(&mut self) -> f64 {
        self.nums.sort();
        let n = self.nums.len();
        if n % 2 == 1 {
            self.nums[n / 2] as f64
        } else {
            (self.nums[n / 2 - 1] + self.nums[n / 2]) as f64 / 2.0
        }
    }
}

struct MinStack {
    values: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { values: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.values.push(val);
    }

    fn pop(&mut self) {
        self.values.pop();
    }

    fn top(&self) -> i32 {
        *self.values.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        let mut min = i32::MAX;
        for &v in &self.values {
            min = min.min(v);
        }
        min
    }
}

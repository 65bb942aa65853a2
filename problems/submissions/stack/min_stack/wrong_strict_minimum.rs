struct MinStack {
    values: Vec<i32>,
    minimums: Vec<i32>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { values: Vec::new(), minimums: Vec::new() }
    }

    fn push(&mut self, val: i32) {
        self.values.push(val);
        if self.minimums.last().is_none_or(|&m| val < m) {
            self.minimums.push(val);
        }
    }

    fn pop(&mut self) {
        if self.values.pop() == self.minimums.last().copied() {
            self.minimums.pop();
        }
    }

    fn top(&self) -> i32 {
        *self.values.last().unwrap()
    }

    fn get_min(&self) -> i32 {
        *self.minimums.last().unwrap()
    }
}

use std::cell::RefCell;

struct MinStack {
    entries: RefCell<Vec<(i32, i32)>>,
}

/**
 * `&self` means that this method does not mutate the object, as in LeetCode's template.
 */
impl MinStack {
    fn new() -> Self {
        MinStack { entries: RefCell::new(vec![]) }
    }

    fn push(&self, val: i32) {
        let mut entries = self.entries.borrow_mut();
        let min = entries.last().map_or(val, |e| e.1.min(val));
        entries.push((val, min));
    }

    fn pop(&self) {
        self.entries.borrow_mut().pop();
    }

    fn top(&self) -> i32 {
        self.entries.borrow().last().unwrap().0
    }

    fn get_min(&self) -> i32 {
        self.entries.borrow().last().unwrap().1
    }
}

use std::cell::RefCell;
use std::collections::HashMap;

struct DetectSquares {
    counts: RefCell<HashMap<(i32, i32), i32>>,
    points: RefCell<Vec<(i32, i32)>>,
}

/**
 * `&self` means the method takes an immutable reference.
 * If you need a mutable reference, change it to `&mut self` instead.
 */
impl DetectSquares {
    fn new() -> Self {
        DetectSquares {
            counts: RefCell::new(HashMap::new()),
            points: RefCell::new(Vec::new()),
        }
    }

    fn add(&self, point: Vec<i32>) {
        *self.counts.borrow_mut().entry((point[0], point[1])).or_insert(0) += 1;
        self.points.borrow_mut().push((point[0], point[1]));
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (px, py) = (point[0], point[1]);
        let counts = self.counts.borrow();
        let mut res = 0;
        for &(x, y) in self.points.borrow().iter() {
            if (px - x).abs() != (py - y).abs() || x == px || y == py {
                continue;
            }
            res += counts.get(&(x, py)).unwrap_or(&0) * counts.get(&(px, y)).unwrap_or(&0);
        }
        res
    }
}

/**
 * Your DetectSquares object will be instantiated and called as such:
 * let obj = DetectSquares::new();
 * obj.add(point);
 * let ret_2: i32 = obj.count(point);
 */

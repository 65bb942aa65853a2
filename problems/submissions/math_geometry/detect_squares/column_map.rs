use std::collections::HashMap;

struct DetectSquares {
    cnt: HashMap<(i32, i32), i32>,
    by_x: HashMap<i32, HashMap<i32, i32>>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { cnt: HashMap::new(), by_x: HashMap::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        let (x, y) = (point[0], point[1]);
        *self.cnt.entry((x, y)).or_default() += 1;
        *self.by_x.entry(x).or_default().entry(y).or_default() += 1;
    }

    fn count(&mut self, point: Vec<i32>) -> i32 {
        let (x, y) = (point[0], point[1]);
        let Some(column) = self.by_x.get(&x) else { return 0 };
        let mut res = 0;
        for (&y2, &c) in column {
            if y2 == y {
                continue;
            }
            let d = y2 - y;
            for x2 in [x - d, x + d] {
                let a = self.cnt.get(&(x2, y)).copied().unwrap_or(0);
                let b = self.cnt.get(&(x2, y2)).copied().unwrap_or(0);
                res += c * a * b;
            }
        }
        res
    }
}

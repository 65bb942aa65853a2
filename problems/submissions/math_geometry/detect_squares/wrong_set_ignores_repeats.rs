use std::collections::HashSet;

struct DetectSquares {
    points: HashSet<(i32, i32)>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { points: HashSet::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        // a point added twice is kept once
        self.points.insert((point[0], point[1]));
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        let (px, py) = (point[0], point[1]);
        let mut res = 0;
        for &(x, y) in &self.points {
            if (px - x).abs() == (py - y).abs() && x != px {
                if self.points.contains(&(x, py)) && self.points.contains(&(px, y)) {
                    res += 1;
                }
            }
        }
        res
    }
}

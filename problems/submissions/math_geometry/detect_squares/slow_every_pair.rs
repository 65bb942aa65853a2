use std::collections::HashMap;

struct DetectSquares {
    points: Vec<(i32, i32)>,
    counts: HashMap<(i32, i32), i32>,
}

impl DetectSquares {
    fn new() -> Self {
        DetectSquares { points: Vec::new(), counts: HashMap::new() }
    }

    fn add(&mut self, point: Vec<i32>) {
        self.points.push((point[0], point[1]));
        *self.counts.entry((point[0], point[1])).or_insert(0) += 1;
    }

    fn count(&self, point: Vec<i32>) -> i32 {
        // every pair of added points (a above or below the query, b beside it) that makes three
        // corners of a square, times how often the fourth corner was added: O(n²) a count
        let (qx, qy) = (point[0], point[1]);
        let mut res = 0;
        for &(ax, ay) in &self.points {
            for &(bx, by) in &self.points {
                if ax == qx && by == qy && ay != qy && (ay - qy).abs() == (bx - qx).abs() {
                    res += self.counts.get(&(bx, ay)).unwrap_or(&0);
                }
            }
        }
        res
    }
}

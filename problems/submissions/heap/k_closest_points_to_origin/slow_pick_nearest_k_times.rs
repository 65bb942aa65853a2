pub struct Solution;

impl Solution {
    pub fn k_closest(mut points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let mut answer = Vec::new();
        for _ in 0..k {
            let mut best = 0;
            for i in 1..points.len() {
                let d = points[i][0] * points[i][0] + points[i][1] * points[i][1];
                let b = points[best][0] * points[best][0] + points[best][1] * points[best][1];
                if d < b {
                    best = i;
                }
            }
            answer.push(points.remove(best));
        }
        answer
    }
}

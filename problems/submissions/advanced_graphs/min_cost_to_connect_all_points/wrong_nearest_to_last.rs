pub struct Solution;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut visited = vec![false; n];
        visited[0] = true;
        let mut last = 0;
        let mut total = 0;
        // Always links the point nearest to the last point joined, not to the whole tree.
        for _ in 1..n {
            let mut best = i32::MAX;
            let mut next = 0;
            for v in 0..n {
                if !visited[v] {
                    let d = (points[last][0] - points[v][0]).abs() + (points[last][1] - points[v][1]).abs();
                    if d < best {
                        best = d;
                        next = v;
                    }
                }
            }
            visited[next] = true;
            total += best;
            last = next;
        }
        total
    }
}

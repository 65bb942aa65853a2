pub struct Solution;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut min_dist = vec![i32::MAX; n];
        let mut in_mst = vec![false; n];
        min_dist[0] = 0;
        let mut total = 0;
        for _ in 0..n {
            let mut u = 0;
            let mut best = i32::MAX;
            for v in 0..n {
                if !in_mst[v] && min_dist[v] < best {
                    best = min_dist[v];
                    u = v;
                }
            }
            in_mst[u] = true;
            total += best;
            for v in 0..n {
                if !in_mst[v] {
                    let d = (points[u][0] - points[v][0]).abs() + (points[u][1] - points[v][1]).abs();
                    if d < min_dist[v] {
                        min_dist[v] = d;
                    }
                }
            }
        }
        total
    }
}

pub struct Solution;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut in_tree = vec![false; n];
        in_tree[0] = true;
        let mut total = 0;
        // Each step looks at every pair (inside, outside) for the cheapest link: O(n) steps of
        // O(n²) pairs.
        for _ in 1..n {
            let mut best = i32::MAX;
            let mut pick = 0;
            for u in 0..n {
                if !in_tree[u] {
                    continue;
                }
                for v in 0..n {
                    if in_tree[v] {
                        continue;
                    }
                    let d = (points[u][0] - points[v][0]).abs() + (points[u][1] - points[v][1]).abs();
                    if d < best {
                        best = d;
                        pick = v;
                    }
                }
            }
            in_tree[pick] = true;
            total += best;
        }
        total
    }
}

pub struct Solution;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut edges = Vec::with_capacity(n * (n - 1) / 2);
        for i in 0..n {
            for j in i + 1..n {
                let d = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                edges.push((d, i, j));
            }
        }
        edges.sort_unstable();
        let mut parent: Vec<usize> = (0..n).collect();
        let mut ans = 0;
        let mut used = 0;
        for (d, i, j) in edges {
            let (a, b) = (Self::find(&mut parent, i), Self::find(&mut parent, j));
            if a != b {
                parent[a] = b;
                ans += d;
                used += 1;
                if used == n - 1 {
                    break;
                }
            }
        }
        ans
    }

    fn find(parent: &mut Vec<usize>, x: usize) -> usize {
        if parent[x] != x {
            parent[x] = Self::find(parent, parent[x]);
        }
        parent[x]
    }
}

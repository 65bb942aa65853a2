use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

pub struct Solution;

impl Solution {
    pub fn min_cost_connect_points(points: Vec<Vec<i32>>) -> i32 {
        let n = points.len();
        let mut adj = vec![vec![]; n];
        for i in 0..n {
            for j in i + 1..n {
                let dist = (points[i][0] - points[j][0]).abs() + (points[i][1] - points[j][1]).abs();
                adj[i].push((dist, j));
                adj[j].push((dist, i));
            }
        }
        let mut res = 0;
        let mut visit = HashSet::new();
        let mut min_h = BinaryHeap::new();
        min_h.push(Reverse((0, 0)));
        while visit.len() < n {
            let Reverse((cost, i)) = min_h.pop().unwrap();
            if visit.contains(&i) {
                continue;
            }
            res += cost;
            visit.insert(i);
            for &(nei_cost, nei) in &adj[i] {
                if !visit.contains(&nei) {
                    min_h.push(Reverse((nei_cost, nei)));
                }
            }
        }
        res
    }
}

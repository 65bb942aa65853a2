use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n + 1];
        for t in &times {
            adj[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut dist = vec![i32::MAX; n + 1];
        dist[k as usize] = 0;
        let mut pq = BinaryHeap::new();
        pq.push(Reverse((0, k as usize)));
        while let Some(Reverse((d, u))) = pq.pop() {
            if d > dist[u] {
                continue;
            }
            for &(v, w) in &adj[u] {
                if d + w < dist[v] {
                    dist[v] = d + w;
                    pq.push(Reverse((d + w, v)));
                }
            }
        }
        // The latest time among the nodes that were reached; an unreached node is skipped.
        dist[1..]
            .iter()
            .filter(|&&d| d != i32::MAX)
            .copied()
            .max()
            .unwrap_or(0)
    }
}

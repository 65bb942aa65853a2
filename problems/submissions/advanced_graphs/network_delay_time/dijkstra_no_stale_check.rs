use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut graph = vec![Vec::new(); n + 1];
        for t in times {
            graph[t[0] as usize].push((t[1] as usize, t[2]));
        }
        let mut dist = vec![i32::MAX; n + 1];
        dist[k as usize] = 0;
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0, k as usize)));
        while let Some(Reverse((d, u))) = heap.pop() {
            for &(v, w) in &graph[u] {
                if d + w < dist[v] {
                    dist[v] = d + w;
                    heap.push(Reverse((dist[v], v)));
                }
            }
        }
        let max = *dist[1..].iter().max().unwrap();
        if max == i32::MAX { -1 } else { max }
    }
}

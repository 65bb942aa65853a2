use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut adj = vec![vec![]; n];
        for f in &flights {
            adj[f[0] as usize].push((f[1] as usize, f[2]));
        }
        let mut dist = vec![i32::MAX; n];
        dist[src as usize] = 0;
        let mut q = VecDeque::new();
        q.push_back((src as usize, 0));
        let mut stops = 0;
        while !q.is_empty() && stops <= k {
            let size = q.len();
            for _ in 0..size {
                let (node, cost) = q.pop_front().unwrap();
                for &(next, price) in &adj[node] {
                    if cost + price < dist[next] {
                        dist[next] = cost + price;
                        q.push_back((next, cost + price));
                    }
                }
            }
            stops += 1;
        }
        if dist[dst as usize] == i32::MAX { -1 } else { dist[dst as usize] }
    }
}

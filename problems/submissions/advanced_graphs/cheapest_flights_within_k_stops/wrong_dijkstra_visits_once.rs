use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let n = n as usize;
        let mut graph = vec![Vec::new(); n];
        for f in flights {
            graph[f[0] as usize].push((f[1] as usize, f[2]));
        }
        // Each city is expanded once, from its cheapest arrival, whatever that arrival's stops.
        let mut visited = vec![false; n];
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0, src as usize, 0)));
        while let Some(Reverse((cost, node, used))) = heap.pop() {
            if node == dst as usize {
                return cost;
            }
            if visited[node] || used > k {
                continue;
            }
            visited[node] = true;
            for &(next, price) in &graph[node] {
                heap.push(Reverse((cost + price, next, used + 1)));
            }
        }
        -1
    }
}

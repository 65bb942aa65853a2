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
        // stops[v]: the fewest flights of any popped state at v; a later (pricier) pop only
        // helps if it used fewer flights.
        let mut stops = vec![i32::MAX; n];
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0, src as usize, 0)));
        while let Some(Reverse((cost, node, used))) = heap.pop() {
            if node == dst as usize {
                return cost;
            }
            if used > k || used >= stops[node] {
                continue;
            }
            stops[node] = used;
            for &(next, price) in &graph[node] {
                heap.push(Reverse((cost + price, next, used + 1)));
            }
        }
        -1
    }
}

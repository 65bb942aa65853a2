use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

pub struct Solution;

impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let mut edges: HashMap<i32, Vec<(i32, i32)>> = HashMap::new();
        for t in &times {
            edges.entry(t[0]).or_default().push((t[1], t[2]));
        }
        let mut heap = BinaryHeap::new();
        heap.push(Reverse((0, k)));
        let mut visit = HashSet::new();
        let mut res = 0;
        while let Some(Reverse((w1, n1))) = heap.pop() {
            if visit.contains(&n1) {
                continue;
            }
            visit.insert(n1);
            res = res.max(w1);
            if let Some(nei) = edges.get(&n1) {
                for &(n2, w2) in nei {
                    if !visit.contains(&n2) {
                        heap.push(Reverse((w1 + w2, n2)));
                    }
                }
            }
        }
        if visit.len() == n as usize {
            res
        } else {
            -1
        }
    }
}

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(PartialEq)]
struct Neighbour(f64, usize);

impl Eq for Neighbour {}

impl PartialOrd for Neighbour {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Neighbour {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

impl Solution {
    pub fn knn_classify(
        train: Vec<Vec<f64>>,
        labels: Vec<i32>,
        queries: Vec<Vec<f64>>,
        k: usize,
    ) -> Vec<i32> {
        let mut result = Vec::new();
        for q in &queries {
            // Max-heap of the k nearest so far: the top is the farthest of them.
            let mut heap: BinaryHeap<Neighbour> = BinaryHeap::with_capacity(k + 1);
            for (i, p) in train.iter().enumerate() {
                let d: f64 = p.iter().zip(q).map(|(a, b)| (a - b) * (a - b)).sum();
                let cand = Neighbour(d, i);
                if heap.len() < k {
                    heap.push(cand);
                } else if cand < *heap.peek().unwrap() {
                    heap.pop();
                    heap.push(cand);
                }
            }
            let mut votes: Vec<i32> = heap.iter().map(|n| labels[n.1]).collect();
            votes.sort();
            let (mut best, mut best_count, mut i) = (votes[0], 0, 0);
            while i < votes.len() {
                let mut j = i;
                while j < votes.len() && votes[j] == votes[i] {
                    j += 1;
                }
                if j - i > best_count {
                    best = votes[i];
                    best_count = j - i;
                }
                i = j;
            }
            result.push(best);
        }
        result
    }
}

use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn k_closest(points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
        let k = k as usize;
        // A max-heap by squared distance: the top is the farthest of the k kept so far.
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for (i, p) in points.iter().enumerate() {
            heap.push((p[0] * p[0] + p[1] * p[1], i));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.into_iter().map(|(_, i)| points[i].clone()).collect()
    }
}

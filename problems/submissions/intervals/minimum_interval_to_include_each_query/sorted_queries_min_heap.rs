use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        intervals.sort();
        let mut qs: Vec<(i32, usize)> = queries.iter().enumerate().map(|(i, &q)| (q, i)).collect();
        qs.sort();
        let mut res = vec![-1; queries.len()];
        let mut heap = BinaryHeap::new();
        let mut i = 0;
        for (q, idx) in qs {
            while i < intervals.len() && intervals[i][0] <= q {
                let (l, r) = (intervals[i][0], intervals[i][1]);
                heap.push(Reverse((r - l + 1, r)));
                i += 1;
            }
            while let Some(&Reverse((_, r))) = heap.peek() {
                if r < q {
                    heap.pop();
                } else {
                    break;
                }
            }
            if let Some(&Reverse((size, _))) = heap.peek() {
                res[idx] = size;
            }
        }
        res
    }
}

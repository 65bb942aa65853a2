use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Solution;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        let mut visited = vec![vec![false; n]; n];
        let mut heap = BinaryHeap::new();
        // Starts at time 0, forgetting that the first cell itself must be under water.
        heap.push(Reverse((0, 0usize, 0usize)));
        visited[0][0] = true;
        while let Some(Reverse((t, r, c))) = heap.pop() {
            if r == n - 1 && c == n - 1 {
                return t;
            }
            let mut next = vec![];
            if r > 0 { next.push((r - 1, c)); }
            if c > 0 { next.push((r, c - 1)); }
            if r + 1 < n { next.push((r + 1, c)); }
            if c + 1 < n { next.push((r, c + 1)); }
            for (nr, nc) in next {
                if !visited[nr][nc] {
                    visited[nr][nc] = true;
                    heap.push(Reverse((t.max(grid[nr][nc]), nr, nc)));
                }
            }
        }
        0
    }
}

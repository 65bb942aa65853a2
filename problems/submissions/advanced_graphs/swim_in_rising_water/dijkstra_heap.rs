use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

pub struct Solution;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len() as i32;
        let mut visit = HashSet::new();
        let mut min_h = BinaryHeap::new();
        min_h.push(Reverse((grid[0][0], 0, 0)));
        visit.insert((0, 0));
        let directions = [(0, 1), (0, -1), (1, 0), (-1, 0)];
        while let Some(Reverse((t, r, c))) = min_h.pop() {
            if r == n - 1 && c == n - 1 {
                return t;
            }
            for (dr, dc) in directions {
                let (nei_r, nei_c) = (r + dr, c + dc);
                if nei_r < 0 || nei_c < 0 || nei_r == n || nei_c == n || visit.contains(&(nei_r, nei_c)) {
                    continue;
                }
                visit.insert((nei_r, nei_c));
                min_h.push(Reverse((t.max(grid[nei_r as usize][nei_c as usize]), nei_r, nei_c)));
            }
        }
        -1
    }
}

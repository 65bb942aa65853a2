use std::collections::{HashSet, VecDeque};

pub struct Solution;

impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let (rows, cols) = (grid.len() as i32, grid[0].len() as i32);
        let mut visit: HashSet<(i32, i32)> = HashSet::new();
        let mut best = 0;
        for r in 0..rows {
            for c in 0..cols {
                if grid[r as usize][c as usize] == 0 || visit.contains(&(r, c)) {
                    continue;
                }
                let mut q = VecDeque::new();
                q.push_back((r, c));
                visit.insert((r, c));
                let mut area = 0;
                while let Some((row, col)) = q.pop_front() {
                    area += 1;
                    for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                        let (nr, nc) = (row + dr, col + dc);
                        if nr >= 0 && nc >= 0 && nr < rows && nc < cols
                            && grid[nr as usize][nc as usize] == 1
                            && !visit.contains(&(nr, nc))
                        {
                            visit.insert((nr, nc));
                            q.push_back((nr, nc));
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}

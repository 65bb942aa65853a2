use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // minutes until the rot stops spreading
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut q = VecDeque::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == 2 {
                    q.push_back((i, j, 0));
                }
            }
        }
        let mut minutes = 0;
        while let Some((i, j, t)) = q.pop_front() {
            minutes = minutes.max(t);
            let mut next = vec![];
            if i > 0 { next.push((i - 1, j)); }
            if j > 0 { next.push((i, j - 1)); }
            if i + 1 < m { next.push((i + 1, j)); }
            if j + 1 < n { next.push((i, j + 1)); }
            for (x, y) in next {
                if grid[x][y] == 1 {
                    grid[x][y] = 2;
                    q.push_back((x, y, t + 1));
                }
            }
        }
        minutes
    }
}

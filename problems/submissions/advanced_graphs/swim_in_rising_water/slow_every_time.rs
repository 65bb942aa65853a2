use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        // Tries t = 0, 1, 2, ... with a fresh BFS each, until the corner can be reached.
        let mut t = 0;
        loop {
            if grid[0][0] <= t {
                let mut seen = vec![vec![false; n]; n];
                let mut q = VecDeque::new();
                q.push_back((0usize, 0usize));
                seen[0][0] = true;
                while let Some((r, c)) = q.pop_front() {
                    if r == n - 1 && c == n - 1 {
                        return t;
                    }
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < n { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if !seen[nr][nc] && grid[nr][nc] <= t {
                            seen[nr][nc] = true;
                            q.push_back((nr, nc));
                        }
                    }
                }
            }
            t += 1;
        }
    }
}

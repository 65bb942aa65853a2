use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn swim_in_water(grid: Vec<Vec<i32>>) -> i32 {
        let n = grid.len();
        let (mut lo, mut hi) = (grid[0][0].max(grid[n - 1][n - 1]), (n * n - 1) as i32);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if Self::can_reach(&grid, mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }

    fn can_reach(grid: &Vec<Vec<i32>>, t: i32) -> bool {
        let n = grid.len();
        let mut seen = vec![vec![false; n]; n];
        let mut q = VecDeque::new();
        q.push_back((0usize, 0usize));
        seen[0][0] = true;
        while let Some((r, c)) = q.pop_front() {
            if r == n - 1 && c == n - 1 {
                return true;
            }
            let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
            for (dr, dc) in dirs {
                let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                if nr < 0 || nc < 0 || nr >= n as i32 || nc >= n as i32 {
                    continue;
                }
                let (nr, nc) = (nr as usize, nc as usize);
                if !seen[nr][nc] && grid[nr][nc] <= t {
                    seen[nr][nc] = true;
                    q.push_back((nr, nc));
                }
            }
        }
        false
    }
}

use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut visited = vec![vec![false; n]; m];
        let mut islands = 0;
        let mut queue = VecDeque::new();
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] == '0' || visited[r][c] {
                    continue;
                }
                islands += 1;
                visited[r][c] = true;
                queue.push_back((r, c));
                while let Some((r, c)) = queue.pop_front() {
                    let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
                    for (dr, dc) in dirs {
                        let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                        if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 {
                            continue;
                        }
                        let (nr, nc) = (nr as usize, nc as usize);
                        if grid[nr][nc] == '1' && !visited[nr][nc] {
                            visited[nr][nc] = true;
                            queue.push_back((nr, nc));
                        }
                    }
                }
            }
        }
        islands
    }
}

pub struct Solution;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // each minute, every rotten orange rots its fresh neighbours
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut minutes = 0;
        loop {
            let mut changed = false;
            for i in 0..m {
                for j in 0..n {
                    if grid[i][j] != 2 {
                        continue;
                    }
                    if i > 0 && grid[i - 1][j] == 1 { grid[i - 1][j] = 2; changed = true; }
                    if j > 0 && grid[i][j - 1] == 1 { grid[i][j - 1] = 2; changed = true; }
                    if i + 1 < m && grid[i + 1][j] == 1 { grid[i + 1][j] = 2; changed = true; }
                    if j + 1 < n && grid[i][j + 1] == 1 { grid[i][j + 1] = 2; changed = true; }
                }
            }
            if !changed {
                break;
            }
            minutes += 1;
        }
        if grid.iter().any(|row| row.contains(&1)) { -1 } else { minutes }
    }
}

pub struct Solution;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // simulate: each minute, scan the whole grid for fresh oranges next to rotten ones
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut minutes = 0;
        loop {
            let mut to_rot = vec![];
            for i in 0..m {
                for j in 0..n {
                    if grid[i][j] != 1 {
                        continue;
                    }
                    let near_rotten = (i > 0 && grid[i - 1][j] == 2)
                        || (j > 0 && grid[i][j - 1] == 2)
                        || (i + 1 < m && grid[i + 1][j] == 2)
                        || (j + 1 < n && grid[i][j + 1] == 2);
                    if near_rotten {
                        to_rot.push((i, j));
                    }
                }
            }
            if to_rot.is_empty() {
                break;
            }
            for (i, j) in to_rot {
                grid[i][j] = 2;
            }
            minutes += 1;
        }
        if grid.iter().any(|row| row.contains(&1)) { -1 } else { minutes }
    }
}

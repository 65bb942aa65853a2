use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let (rows, cols) = (grid.len() as i32, grid[0].len() as i32);
        let mut q = VecDeque::new();
        let mut fresh = 0;
        for r in 0..rows {
            for c in 0..cols {
                match grid[r as usize][c as usize] {
                    1 => fresh += 1,
                    2 => q.push_back((r, c)),
                    _ => {}
                }
            }
        }
        let mut time = 0;
        let dirs = [[0, 1], [0, -1], [1, 0], [-1, 0]];
        while !q.is_empty() && fresh > 0 {
            for _ in 0..q.len() {
                let (r, c) = q.pop_front().unwrap();
                for [dr, dc] in dirs {
                    let (row, col) = (r + dr, c + dc);
                    if row < 0 || row == rows || col < 0 || col == cols
                        || grid[row as usize][col as usize] != 1
                    {
                        continue;
                    }
                    grid[row as usize][col as usize] = 2;
                    q.push_back((row, col));
                    fresh -= 1;
                }
            }
            time += 1;
        }
        if fresh == 0 { time } else { -1 }
    }
}

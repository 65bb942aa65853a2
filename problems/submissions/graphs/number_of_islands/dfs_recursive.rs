pub struct Solution;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == '1' {
                    count += 1;
                    Self::sink(&mut grid, i as i32, j as i32);
                }
            }
        }
        count
    }

    fn sink(grid: &mut Vec<Vec<char>>, i: i32, j: i32) {
        if i < 0 || j < 0 || i >= grid.len() as i32 || j >= grid[0].len() as i32 {
            return;
        }
        if grid[i as usize][j as usize] != '1' {
            return;
        }
        grid[i as usize][j as usize] = '0';
        Self::sink(grid, i + 1, j);
        Self::sink(grid, i - 1, j);
        Self::sink(grid, i, j + 1);
        Self::sink(grid, i, j - 1);
    }
}

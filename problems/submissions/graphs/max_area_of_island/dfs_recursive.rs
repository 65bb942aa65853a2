pub struct Solution;

impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let mut ans = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                ans = ans.max(Self::dfs(&mut grid, i as i32, j as i32));
            }
        }
        ans
    }

    fn dfs(grid: &mut Vec<Vec<i32>>, i: i32, j: i32) -> i32 {
        if i < 0 || j < 0 || i >= grid.len() as i32 || j >= grid[0].len() as i32 {
            return 0;
        }
        if grid[i as usize][j as usize] == 0 {
            return 0;
        }
        grid[i as usize][j as usize] = 0;
        1 + Self::dfs(grid, i + 1, j)
            + Self::dfs(grid, i - 1, j)
            + Self::dfs(grid, i, j + 1)
            + Self::dfs(grid, i, j - 1)
    }
}

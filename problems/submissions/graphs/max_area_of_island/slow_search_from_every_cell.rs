pub struct Solution;

impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        // measure the island of every land cell with a fresh visited grid
        let (m, n) = (grid.len(), grid[0].len());
        let mut best = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == 1 {
                    let mut seen = vec![vec![false; n]; m];
                    best = best.max(Self::dfs(&grid, &mut seen, i, j));
                }
            }
        }
        best
    }

    fn dfs(grid: &Vec<Vec<i32>>, seen: &mut Vec<Vec<bool>>, i: usize, j: usize) -> i32 {
        if grid[i][j] == 0 || seen[i][j] {
            return 0;
        }
        seen[i][j] = true;
        let mut area = 1;
        if i > 0 { area += Self::dfs(grid, seen, i - 1, j); }
        if j > 0 { area += Self::dfs(grid, seen, i, j - 1); }
        if i + 1 < grid.len() { area += Self::dfs(grid, seen, i + 1, j); }
        if j + 1 < grid[0].len() { area += Self::dfs(grid, seen, i, j + 1); }
        area
    }
}

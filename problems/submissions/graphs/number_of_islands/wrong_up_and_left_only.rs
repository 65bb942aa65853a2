pub struct Solution;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // a land cell starts a new island unless the cell above or to the left is land
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] != '1' {
                    continue;
                }
                let up = i > 0 && grid[i - 1][j] == '1';
                let left = j > 0 && grid[i][j - 1] == '1';
                if !up && !left {
                    count += 1;
                }
            }
        }
        count
    }
}

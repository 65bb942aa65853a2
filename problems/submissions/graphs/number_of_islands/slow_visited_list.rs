pub struct Solution;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut visited: Vec<(usize, usize)> = Vec::new();
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == '1' && !visited.contains(&(i, j)) {
                    count += 1;
                    let mut stack = vec![(i, j)];
                    visited.push((i, j));
                    while let Some((r, c)) = stack.pop() {
                        let mut next = Vec::new();
                        if r > 0 { next.push((r - 1, c)); }
                        if c > 0 { next.push((r, c - 1)); }
                        if r + 1 < grid.len() { next.push((r + 1, c)); }
                        if c + 1 < grid[0].len() { next.push((r, c + 1)); }
                        for (nr, nc) in next {
                            if grid[nr][nc] == '1' && !visited.contains(&(nr, nc)) {
                                visited.push((nr, nc));
                                stack.push((nr, nc));
                            }
                        }
                    }
                }
            }
        }
        count
    }
}

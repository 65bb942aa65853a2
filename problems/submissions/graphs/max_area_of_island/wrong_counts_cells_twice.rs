pub struct Solution;

impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        // mark a cell visited when it is taken off the stack, count it when it is pushed
        let (m, n) = (grid.len(), grid[0].len());
        let mut seen = vec![vec![false; n]; m];
        let mut best = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == 0 || seen[i][j] {
                    continue;
                }
                let mut area = 1;
                let mut stack = vec![(i, j)];
                while let Some((r, c)) = stack.pop() {
                    if seen[r][c] {
                        continue;
                    }
                    seen[r][c] = true;
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if grid[nr][nc] == 1 && !seen[nr][nc] {
                            area += 1;
                            stack.push((nr, nc));
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}

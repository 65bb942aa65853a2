use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn oranges_rotting(grid: Vec<Vec<i32>>) -> i32 {
        // each fresh orange rots at its distance, through oranges, to the nearest rotten one
        let (m, n) = (grid.len(), grid[0].len());
        let mut answer = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != 1 {
                    continue;
                }
                let mut seen = vec![vec![false; n]; m];
                let mut q = VecDeque::new();
                q.push_back((i, j, 0));
                seen[i][j] = true;
                let mut found = -1;
                while let Some((r, c, d)) = q.pop_front() {
                    if grid[r][c] == 2 {
                        found = d;
                        break;
                    }
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (x, y) in next {
                        if grid[x][y] != 0 && !seen[x][y] {
                            seen[x][y] = true;
                            q.push_back((x, y, d + 1));
                        }
                    }
                }
                if found < 0 {
                    return -1;
                }
                answer = answer.max(found);
            }
        }
        answer
    }
}

use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (m, n) = (heights.len(), heights[0].len());
        let bfs = |starts: Vec<(usize, usize)>| -> Vec<Vec<bool>> {
            let mut ok = vec![vec![false; n]; m];
            let mut q = VecDeque::new();
            for (r, c) in starts {
                if !ok[r][c] {
                    ok[r][c] = true;
                    q.push_back((r, c));
                }
            }
            while let Some((r, c)) = q.pop_front() {
                let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
                for (dr, dc) in dirs {
                    let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                    if nr < 0 || nc < 0 || nr >= m as i32 || nc >= n as i32 {
                        continue;
                    }
                    let (nr, nc) = (nr as usize, nc as usize);
                    if !ok[nr][nc] && heights[nr][nc] >= heights[r][c] {
                        ok[nr][nc] = true;
                        q.push_back((nr, nc));
                    }
                }
            }
            ok
        };
        let mut pacific = vec![];
        let mut atlantic = vec![];
        for i in 0..m {
            pacific.push((i, 0));
            atlantic.push((i, n - 1));
        }
        for j in 0..n {
            pacific.push((0, j));
            atlantic.push((m - 1, j));
        }
        let p = bfs(pacific);
        let a = bfs(atlantic);
        let mut ans = vec![];
        for i in 0..m {
            for j in 0..n {
                if p[i][j] && a[i][j] {
                    ans.push(vec![i as i32, j as i32]);
                }
            }
        }
        ans
    }
}

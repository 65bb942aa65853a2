use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // climb from each ocean to strictly higher cells
        let (m, n) = (heights.len(), heights[0].len());
        let climb = |starts: Vec<(usize, usize)>| {
            let mut ok = vec![vec![false; n]; m];
            let mut q = VecDeque::new();
            for (r, c) in starts {
                ok[r][c] = true;
                q.push_back((r, c));
            }
            while let Some((r, c)) = q.pop_front() {
                let mut next = vec![];
                if r > 0 { next.push((r - 1, c)); }
                if c > 0 { next.push((r, c - 1)); }
                if r + 1 < m { next.push((r + 1, c)); }
                if c + 1 < n { next.push((r, c + 1)); }
                for (x, y) in next {
                    if !ok[x][y] && heights[x][y] > heights[r][c] {
                        ok[x][y] = true;
                        q.push_back((x, y));
                    }
                }
            }
            ok
        };
        let p = climb((0..n).map(|j| (0, j)).chain((0..m).map(|i| (i, 0))).collect());
        let a = climb((0..n).map(|j| (m - 1, j)).chain((0..m).map(|i| (i, n - 1))).collect());
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

pub struct Solution;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // one visited grid for both searches, counting how many oceans reached each cell
        let (m, n) = (heights.len(), heights[0].len());
        let mut visited = vec![vec![false; n]; m];
        let mut oceans = vec![vec![0; n]; m];
        let mut climb = |starts: Vec<(usize, usize)>, visited: &mut Vec<Vec<bool>>| {
            let mut stack = vec![];
            for (r, c) in starts {
                if !visited[r][c] {
                    visited[r][c] = true;
                    stack.push((r, c));
                }
            }
            while let Some((r, c)) = stack.pop() {
                oceans[r][c] += 1;
                let mut next = vec![];
                if r > 0 { next.push((r - 1, c)); }
                if c > 0 { next.push((r, c - 1)); }
                if r + 1 < m { next.push((r + 1, c)); }
                if c + 1 < n { next.push((r, c + 1)); }
                for (x, y) in next {
                    if !visited[x][y] && heights[x][y] >= heights[r][c] {
                        visited[x][y] = true;
                        stack.push((x, y));
                    }
                }
            }
        };
        climb((0..n).map(|j| (0, j)).chain((0..m).map(|i| (i, 0))).collect(), &mut visited);
        climb((0..n).map(|j| (m - 1, j)).chain((0..m).map(|i| (i, n - 1))).collect(), &mut visited);
        let mut ans = vec![];
        for i in 0..m {
            for j in 0..n {
                if oceans[i][j] == 2 {
                    ans.push(vec![i as i32, j as i32]);
                }
            }
        }
        ans
    }
}

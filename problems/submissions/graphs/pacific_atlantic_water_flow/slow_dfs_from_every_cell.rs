pub struct Solution;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // follow the water from every cell and see which oceans it reaches
        let (m, n) = (heights.len(), heights[0].len());
        let mut ans = vec![];
        for i in 0..m {
            for j in 0..n {
                let mut seen = vec![vec![false; n]; m];
                let (mut pac, mut atl) = (false, false);
                Self::flow(&heights, i, j, &mut seen, &mut pac, &mut atl);
                if pac && atl {
                    ans.push(vec![i as i32, j as i32]);
                }
            }
        }
        ans
    }

    fn flow(h: &Vec<Vec<i32>>, r: usize, c: usize, seen: &mut Vec<Vec<bool>>, pac: &mut bool, atl: &mut bool) {
        seen[r][c] = true;
        if r == 0 || c == 0 { *pac = true; }
        if r == h.len() - 1 || c == h[0].len() - 1 { *atl = true; }
        let mut next = vec![];
        if r > 0 { next.push((r - 1, c)); }
        if c > 0 { next.push((r, c - 1)); }
        if r + 1 < h.len() { next.push((r + 1, c)); }
        if c + 1 < h[0].len() { next.push((r, c + 1)); }
        for (x, y) in next {
            if !seen[x][y] && h[x][y] <= h[r][c] {
                Self::flow(h, x, y, seen, pac, atl);
            }
        }
    }
}

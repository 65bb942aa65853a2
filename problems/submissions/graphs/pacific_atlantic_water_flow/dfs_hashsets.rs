use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn pacific_atlantic(heights: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        let (rows, cols) = (heights.len() as i32, heights[0].len() as i32);
        let mut pac = HashSet::new();
        let mut atl = HashSet::new();

        fn dfs(
            heights: &Vec<Vec<i32>>,
            r: i32,
            c: i32,
            visit: &mut HashSet<(i32, i32)>,
            prev_height: i32,
        ) {
            if visit.contains(&(r, c))
                || r < 0
                || c < 0
                || r == heights.len() as i32
                || c == heights[0].len() as i32
                || heights[r as usize][c as usize] < prev_height
            {
                return;
            }
            visit.insert((r, c));
            let h = heights[r as usize][c as usize];
            dfs(heights, r + 1, c, visit, h);
            dfs(heights, r - 1, c, visit, h);
            dfs(heights, r, c + 1, visit, h);
            dfs(heights, r, c - 1, visit, h);
        }

        for c in 0..cols {
            dfs(&heights, 0, c, &mut pac, heights[0][c as usize]);
            dfs(&heights, rows - 1, c, &mut atl, heights[(rows - 1) as usize][c as usize]);
        }
        for r in 0..rows {
            dfs(&heights, r, 0, &mut pac, heights[r as usize][0]);
            dfs(&heights, r, cols - 1, &mut atl, heights[r as usize][(cols - 1) as usize]);
        }

        let mut res = vec![];
        for r in 0..rows {
            for c in 0..cols {
                if pac.contains(&(r, c)) && atl.contains(&(r, c)) {
                    res.push(vec![r, c]);
                }
            }
        }
        res
    }
}

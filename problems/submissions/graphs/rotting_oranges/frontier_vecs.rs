pub struct Solution;

impl Solution {
    pub fn oranges_rotting(mut grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut frontier: Vec<(usize, usize)> = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == 2 {
                    frontier.push((i, j));
                }
            }
        }
        let mut minutes = 0;
        loop {
            let mut next = Vec::new();
            for &(i, j) in &frontier {
                let around = [
                    (i.wrapping_sub(1), j),
                    (i + 1, j),
                    (i, j.wrapping_sub(1)),
                    (i, j + 1),
                ];
                for (x, y) in around {
                    if x < m && y < n && grid[x][y] == 1 {
                        grid[x][y] = 2;
                        next.push((x, y));
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            minutes += 1;
            frontier = next;
        }
        if grid.iter().flatten().any(|&v| v == 1) {
            -1
        } else {
            minutes
        }
    }
}

use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let m = rooms.len();
        let n = rooms[0].len();
        let mut q = VecDeque::new();
        for i in 0..m {
            for j in 0..n {
                if rooms[i][j] == 0 {
                    q.push_back((i, j));
                }
            }
        }
        let dirs: [(i32, i32); 4] = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        while let Some((i, j)) = q.pop_front() {
            for (di, dj) in dirs.iter() {
                let x = i as i32 + di;
                let y = j as i32 + dj;
                if x < 0 || y < 0 || x >= m as i32 || y >= n as i32 {
                    continue;
                }
                let (x, y) = (x as usize, y as usize);
                if rooms[x][y] != i32::MAX {
                    continue;
                }
                rooms[x][y] = rooms[i][j] + 1;
                q.push_back((x, y));
            }
        }
    }
}

use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let (m, n) = (rooms.len() as i32, rooms[0].len() as i32);
        let mut q = VecDeque::new();
        for i in 0..m {
            for j in 0..n {
                if rooms[i as usize][j as usize] == 0 {
                    q.push_back((i, j));
                }
            }
        }
        while let Some((i, j)) = q.pop_front() {
            // step to all eight surrounding rooms
            for di in -1..=1 {
                for dj in -1..=1 {
                    let (x, y) = (i + di, j + dj);
                    if x < 0 || y < 0 || x >= m || y >= n {
                        continue;
                    }
                    if rooms[x as usize][y as usize] == i32::MAX {
                        rooms[x as usize][y as usize] = rooms[i as usize][j as usize] + 1;
                        q.push_back((x, y));
                    }
                }
            }
        }
    }
}

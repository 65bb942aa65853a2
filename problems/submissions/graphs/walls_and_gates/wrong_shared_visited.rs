use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // search from each gate in turn; a room keeps the distance of the first search to reach it
        let (m, n) = (rooms.len(), rooms[0].len());
        let mut visited = vec![vec![false; n]; m];
        for i in 0..m {
            for j in 0..n {
                if rooms[i][j] != 0 {
                    continue;
                }
                let mut q = VecDeque::new();
                q.push_back((i, j, 0));
                visited[i][j] = true;
                while let Some((r, c, d)) = q.pop_front() {
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if rooms[nr][nc] == i32::MAX && !visited[nr][nc] {
                            visited[nr][nc] = true;
                            rooms[nr][nc] = d + 1;
                            q.push_back((nr, nc, d + 1));
                        }
                    }
                }
            }
        }
    }
}

use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // for every empty room, search outwards until the nearest gate
        let (m, n) = (rooms.len(), rooms[0].len());
        for i in 0..m {
            for j in 0..n {
                if rooms[i][j] != i32::MAX {
                    continue;
                }
                let mut seen = vec![vec![false; n]; m];
                let mut q = VecDeque::new();
                q.push_back((i, j, 0));
                seen[i][j] = true;
                while let Some((r, c, d)) = q.pop_front() {
                    if rooms[r][c] == 0 {
                        rooms[i][j] = d;
                        break;
                    }
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if rooms[nr][nc] != -1 && !seen[nr][nc] {
                            seen[nr][nc] = true;
                            q.push_back((nr, nc, d + 1));
                        }
                    }
                }
            }
        }
    }
}

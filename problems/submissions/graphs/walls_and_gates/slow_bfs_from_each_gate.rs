use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        // a full search from each gate in turn, keeping the smaller distance
        let (m, n) = (rooms.len(), rooms[0].len());
        for i in 0..m {
            for j in 0..n {
                if rooms[i][j] != 0 {
                    continue;
                }
                let mut seen = vec![vec![false; n]; m];
                let mut q = VecDeque::new();
                q.push_back((i, j, 0));
                seen[i][j] = true;
                while let Some((r, c, d)) = q.pop_front() {
                    let mut next = vec![];
                    if r > 0 { next.push((r - 1, c)); }
                    if c > 0 { next.push((r, c - 1)); }
                    if r + 1 < m { next.push((r + 1, c)); }
                    if c + 1 < n { next.push((r, c + 1)); }
                    for (nr, nc) in next {
                        if rooms[nr][nc] > 0 && !seen[nr][nc] {
                            seen[nr][nc] = true;
                            rooms[nr][nc] = rooms[nr][nc].min(d + 1);
                            q.push_back((nr, nc, d + 1));
                        }
                    }
                }
            }
        }
    }
}

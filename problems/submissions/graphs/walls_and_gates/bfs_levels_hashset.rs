use std::collections::{HashSet, VecDeque};

pub struct Solution;

impl Solution {
    pub fn walls_and_gates(rooms: &mut Vec<Vec<i32>>) {
        let (rows, cols) = (rooms.len() as i32, rooms[0].len() as i32);
        let mut visit = HashSet::new();
        let mut q = VecDeque::new();
        for r in 0..rows {
            for c in 0..cols {
                if rooms[r as usize][c as usize] == 0 {
                    q.push_back((r, c));
                    visit.insert((r, c));
                }
            }
        }
        let mut dist = 0;
        while !q.is_empty() {
            for _ in 0..q.len() {
                let (r, c) = q.pop_front().unwrap();
                rooms[r as usize][c as usize] = dist;
                for (nr, nc) in [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)] {
                    if nr < 0 || nc < 0 || nr == rows || nc == cols
                        || visit.contains(&(nr, nc))
                        || rooms[nr as usize][nc as usize] == -1
                    {
                        continue;
                    }
                    visit.insert((nr, nc));
                    q.push_back((nr, nc));
                }
            }
            dist += 1;
        }
    }
}

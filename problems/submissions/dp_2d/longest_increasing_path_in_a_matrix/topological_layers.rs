use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn longest_increasing_path(matrix: Vec<Vec<i32>>) -> i32 {
        // peel cells with no larger neighbour left, layer by layer
        let (m, n) = (matrix.len(), matrix[0].len());
        let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
        let inside = |r: i32, c: i32| r >= 0 && c >= 0 && (r as usize) < m && (c as usize) < n;
        let mut outdegree = vec![vec![0; n]; m];
        let mut queue = VecDeque::new();
        for r in 0..m {
            for c in 0..n {
                for (dr, dc) in dirs {
                    let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                    if inside(nr, nc) && matrix[nr as usize][nc as usize] > matrix[r][c] {
                        outdegree[r][c] += 1;
                    }
                }
                if outdegree[r][c] == 0 {
                    queue.push_back((r, c));
                }
            }
        }
        let mut layers = 0;
        while !queue.is_empty() {
            layers += 1;
            for _ in 0..queue.len() {
                let (r, c) = queue.pop_front().unwrap();
                for (dr, dc) in dirs {
                    let (nr, nc) = (r as i32 + dr, c as i32 + dc);
                    if inside(nr, nc) {
                        let (nr, nc) = (nr as usize, nc as usize);
                        if matrix[nr][nc] < matrix[r][c] {
                            outdegree[nr][nc] -= 1;
                            if outdegree[nr][nc] == 0 {
                                queue.push_back((nr, nc));
                            }
                        }
                    }
                }
            }
        }
        layers
    }
}

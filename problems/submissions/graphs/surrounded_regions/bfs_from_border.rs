use std::collections::VecDeque;

pub struct Solution;

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let (m, n) = (board.len(), board[0].len());
        let mut safe = vec![vec![false; n]; m];
        let mut q = VecDeque::new();
        for i in 0..m {
            for j in 0..n {
                let border = i == 0 || j == 0 || i == m - 1 || j == n - 1;
                if border && board[i][j] == 'O' {
                    safe[i][j] = true;
                    q.push_back((i, j));
                }
            }
        }
        while let Some((i, j)) = q.pop_front() {
            let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
            for (di, dj) in dirs {
                let (x, y) = (i as i32 + di, j as i32 + dj);
                if x < 0 || y < 0 || x >= m as i32 || y >= n as i32 {
                    continue;
                }
                let (x, y) = (x as usize, y as usize);
                if board[x][y] == 'O' && !safe[x][y] {
                    safe[x][y] = true;
                    q.push_back((x, y));
                }
            }
        }
        for i in 0..m {
            for j in 0..n {
                if board[i][j] == 'O' && !safe[i][j] {
                    board[i][j] = 'X';
                }
            }
        }
    }
}

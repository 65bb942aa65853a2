pub struct Solution;

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // keep every 'O' connected to the border, diagonals included
        let (m, n) = (board.len() as i32, board[0].len() as i32);
        let mut stack = vec![];
        for i in 0..m {
            for j in 0..n {
                if (i == 0 || j == 0 || i == m - 1 || j == n - 1)
                    && board[i as usize][j as usize] == 'O'
                {
                    board[i as usize][j as usize] = '#';
                    stack.push((i, j));
                }
            }
        }
        while let Some((i, j)) = stack.pop() {
            for di in -1..=1 {
                for dj in -1..=1 {
                    let (x, y) = (i + di, j + dj);
                    if x >= 0 && y >= 0 && x < m && y < n && board[x as usize][y as usize] == 'O' {
                        board[x as usize][y as usize] = '#';
                        stack.push((x, y));
                    }
                }
            }
        }
        for row in board.iter_mut() {
            for cell in row.iter_mut() {
                *cell = if *cell == '#' { 'O' } else { 'X' };
            }
        }
    }
}

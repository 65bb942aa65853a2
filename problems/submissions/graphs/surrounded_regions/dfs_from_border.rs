pub struct Solution;

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        let rows = board.len();
        let cols = board[0].len();

        fn capture(board: &mut Vec<Vec<char>>, r: i32, c: i32) {
            if r < 0 || c < 0 || r as usize >= board.len() || c as usize >= board[0].len() {
                return;
            }
            if board[r as usize][c as usize] != 'O' {
                return;
            }
            board[r as usize][c as usize] = 'T';
            capture(board, r + 1, c);
            capture(board, r - 1, c);
            capture(board, r, c + 1);
            capture(board, r, c - 1);
        }

        for r in 0..rows {
            for c in 0..cols {
                if (r == 0 || r == rows - 1 || c == 0 || c == cols - 1) && board[r][c] == 'O' {
                    capture(board, r as i32, c as i32);
                }
            }
        }
        for r in 0..rows {
            for c in 0..cols {
                if board[r][c] == 'O' {
                    board[r][c] = 'X';
                }
            }
        }
        for r in 0..rows {
            for c in 0..cols {
                if board[r][c] == 'T' {
                    board[r][c] = 'O';
                }
            }
        }
    }
}

pub struct Solution;

impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut ans = vec![];
        let mut board = vec![vec!['.'; n]; n];
        Self::solve(&mut board, 0, &mut ans);
        ans
    }

    fn solve(board: &mut Vec<Vec<char>>, row: usize, ans: &mut Vec<Vec<String>>) {
        let n = board.len();
        if row == n {
            ans.push(board.iter().map(|r| r.iter().collect::<String>()).collect());
            return;
        }
        for col in 0..n {
            if Self::is_safe(board, row, col) {
                board[row][col] = 'Q';
                Self::solve(board, row + 1, ans);
                board[row][col] = '.';
            }
        }
    }

    // look up the column and both diagonals for a queen in the rows above
    fn is_safe(board: &Vec<Vec<char>>, row: usize, col: usize) -> bool {
        let n = board.len();
        for i in 0..row {
            if board[i][col] == 'Q' {
                return false;
            }
        }
        let (mut i, mut j) = (row as i32 - 1, col as i32 - 1);
        while i >= 0 && j >= 0 {
            if board[i as usize][j as usize] == 'Q' {
                return false;
            }
            i -= 1;
            j -= 1;
        }
        let (mut i, mut j) = (row as i32 - 1, col as i32 + 1);
        while i >= 0 && j < n as i32 {
            if board[i as usize][j as usize] == 'Q' {
                return false;
            }
            i -= 1;
            j += 1;
        }
        true
    }
}

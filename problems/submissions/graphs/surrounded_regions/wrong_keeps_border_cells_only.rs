pub struct Solution;

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // an 'O' away from the border is surrounded, so flip it
        let (m, n) = (board.len(), board[0].len());
        for i in 1..m.saturating_sub(1) {
            for j in 1..n.saturating_sub(1) {
                if board[i][j] == 'O' {
                    board[i][j] = 'X';
                }
            }
        }
    }
}

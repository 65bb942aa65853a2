pub struct Solution;

impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        let mut board = vec![vec!['.'; n]; n];
        let mut col = vec![false; n];
        let mut d1 = vec![false; 2 * n];
        let mut d2 = vec![false; 2 * n];
        Self::bt(0, n, &mut board, &mut col, &mut d1, &mut d2, &mut res);
        res
    }

    fn bt(
        r: usize,
        n: usize,
        board: &mut Vec<Vec<char>>,
        col: &mut Vec<bool>,
        d1: &mut Vec<bool>,
        d2: &mut Vec<bool>,
        res: &mut Vec<Vec<String>>,
    ) {
        if r == n {
            res.push(board.iter().map(|row| row.iter().collect()).collect());
            return;
        }
        for c in 0..n {
            if col[c] || d1[r + c] || d2[r + n - c] {
                continue;
            }
            col[c] = true;
            d1[r + c] = true;
            d2[r + n - c] = true;
            board[r][c] = 'Q';
            Self::bt(r + 1, n, board, col, d1, d2, res);
            // the column stays taken after backtracking
            d1[r + c] = false;
            d2[r + n - c] = false;
            board[r][c] = '.';
        }
    }
}

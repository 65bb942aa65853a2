use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn solve_n_queens(n: i32) -> Vec<Vec<String>> {
        let n = n as usize;
        let mut res = Vec::new();
        let mut board = vec![vec!['.'; n]; n];
        let mut cols = HashSet::new();
        let mut pos_diag = HashSet::new(); // r + c
        let mut neg_diag = HashSet::new(); // r - c
        Self::backtrack(0, n, &mut board, &mut cols, &mut pos_diag, &mut neg_diag, &mut res);
        res
    }

    fn backtrack(
        r: usize,
        n: usize,
        board: &mut Vec<Vec<char>>,
        cols: &mut HashSet<i32>,
        pos_diag: &mut HashSet<i32>,
        neg_diag: &mut HashSet<i32>,
        res: &mut Vec<Vec<String>>,
    ) {
        if r == n {
            res.push(board.iter().map(|row| row.iter().collect()).collect());
            return;
        }
        for c in 0..n {
            let (ri, ci) = (r as i32, c as i32);
            if cols.contains(&ci) || pos_diag.contains(&(ri + ci)) || neg_diag.contains(&(ri - ci)) {
                continue;
            }
            cols.insert(ci);
            pos_diag.insert(ri + ci);
            neg_diag.insert(ri - ci);
            board[r][c] = 'Q';
            Self::backtrack(r + 1, n, board, cols, pos_diag, neg_diag, res);
            cols.remove(&ci);
            pos_diag.remove(&(ri + ci));
            neg_diag.remove(&(ri - ci));
            board[r][c] = '.';
        }
    }
}

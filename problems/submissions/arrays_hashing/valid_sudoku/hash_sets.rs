use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        let mut rows = vec![HashSet::new(); 9];
        let mut cols = vec![HashSet::new(); 9];
        let mut boxes = vec![HashSet::new(); 9];
        for r in 0..9 {
            for c in 0..9 {
                let d = board[r][c];
                if d == '.' {
                    continue;
                }
                let b = (r / 3) * 3 + c / 3;
                if !rows[r].insert(d) || !cols[c].insert(d) || !boxes[b].insert(d) {
                    return false;
                }
            }
        }
        true
    }
}

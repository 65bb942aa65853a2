pub struct Solution;

impl Solution {
    pub fn is_valid_sudoku(board: Vec<Vec<char>>) -> bool {
        for r in 0..9 {
            for c in 0..9 {
                let d = board[r][c];
                if d == '.' {
                    continue;
                }
                for k in 0..9 {
                    if k != c && board[r][k] == d {
                        return false;
                    }
                    if k != r && board[k][c] == d {
                        return false;
                    }
                    let (br, bc) = (r / 3 * 3 + k / 3, c / 3 * 3 + k % 3);
                    if (br, bc) != (r, c) && board[br][bc] == d {
                        return false;
                    }
                }
            }
        }
        true
    }
}

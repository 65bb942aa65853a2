pub struct Solution;

impl Solution {
    pub fn solve(board: &mut Vec<Vec<char>>) {
        // for each 'O', search its region to see whether it reaches the border
        let (m, n) = (board.len(), board[0].len());
        let mut flip = vec![];
        for i in 0..m {
            for j in 0..n {
                if board[i][j] != 'O' {
                    continue;
                }
                let mut seen = vec![vec![false; n]; m];
                let mut stack = vec![(i, j)];
                seen[i][j] = true;
                let mut reaches_border = false;
                while let Some((r, c)) = stack.pop() {
                    if r == 0 || c == 0 || r == m - 1 || c == n - 1 {
                        reaches_border = true;
                        break;
                    }
                    for (x, y) in [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)] {
                        if board[x][y] == 'O' && !seen[x][y] {
                            seen[x][y] = true;
                            stack.push((x, y));
                        }
                    }
                }
                if !reaches_border {
                    flip.push((i, j));
                }
            }
        }
        for (i, j) in flip {
            board[i][j] = 'X';
        }
    }
}

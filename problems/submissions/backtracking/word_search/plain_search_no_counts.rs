pub struct Solution;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut board = board;
        let word: Vec<char> = word.chars().collect();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                if Self::dfs(&mut board, &word, i as i32, j as i32, 0) {
                    return true;
                }
            }
        }
        false
    }

    fn dfs(board: &mut Vec<Vec<char>>, word: &[char], i: i32, j: i32, k: usize) -> bool {
        if k == word.len() {
            return true;
        }
        if i < 0 || j < 0 || i >= board.len() as i32 || j >= board[0].len() as i32 {
            return false;
        }
        let (r, c) = (i as usize, j as usize);
        if board[r][c] != word[k] {
            return false;
        }
        board[r][c] = '#';
        let found = Self::dfs(board, word, i + 1, j, k + 1)
            || Self::dfs(board, word, i - 1, j, k + 1)
            || Self::dfs(board, word, i, j + 1, k + 1)
            || Self::dfs(board, word, i, j - 1, k + 1);
        board[r][c] = word[k];
        found
    }
}

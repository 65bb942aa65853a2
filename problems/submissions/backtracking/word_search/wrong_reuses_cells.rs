pub struct Solution;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let word: Vec<char> = word.chars().collect();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                if Self::dfs(&board, &word, i as i32, j as i32, 0) {
                    return true;
                }
            }
        }
        false
    }

    // no visited marks: a path may step back onto a cell it already used
    fn dfs(board: &Vec<Vec<char>>, word: &[char], i: i32, j: i32, k: usize) -> bool {
        if k == word.len() {
            return true;
        }
        if i < 0 || j < 0 || i >= board.len() as i32 || j >= board[0].len() as i32 {
            return false;
        }
        if board[i as usize][j as usize] != word[k] {
            return false;
        }
        Self::dfs(board, word, i + 1, j, k + 1)
            || Self::dfs(board, word, i - 1, j, k + 1)
            || Self::dfs(board, word, i, j + 1, k + 1)
            || Self::dfs(board, word, i, j - 1, k + 1)
    }
}

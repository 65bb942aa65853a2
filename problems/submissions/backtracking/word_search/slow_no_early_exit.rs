pub struct Solution;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut board = board;
        let word: Vec<char> = word.chars().collect();
        let mut count = [0; 128];
        for row in &board {
            for &ch in row {
                count[ch as usize] += 1;
            }
        }
        for &ch in &word {
            count[ch as usize] -= 1;
            if count[ch as usize] < 0 {
                return false;
            }
        }
        let mut found = false;
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                Self::dfs(&mut board, &word, i, j, 0, &mut found);
            }
        }
        found
    }

    // tries every direction and records a match, but keeps searching after one is found
    fn dfs(board: &mut Vec<Vec<char>>, word: &[char], i: usize, j: usize, k: usize, found: &mut bool) {
        if board[i][j] != word[k] {
            return;
        }
        if k == word.len() - 1 {
            *found = true;
            return;
        }
        board[i][j] = '#';
        if i > 0 {
            Self::dfs(board, word, i - 1, j, k + 1, found);
        }
        if i + 1 < board.len() {
            Self::dfs(board, word, i + 1, j, k + 1, found);
        }
        if j > 0 {
            Self::dfs(board, word, i, j - 1, k + 1, found);
        }
        if j + 1 < board[0].len() {
            Self::dfs(board, word, i, j + 1, k + 1, found);
        }
        board[i][j] = word[k];
    }
}

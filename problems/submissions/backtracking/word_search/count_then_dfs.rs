pub struct Solution;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let mut board = board;
        let word: Vec<char> = word.chars().collect();
        // not enough of some letter on the board: no need to search
        let mut count = std::collections::HashMap::new();
        for row in &board {
            for &ch in row {
                *count.entry(ch).or_insert(0) += 1;
            }
        }
        for &ch in &word {
            let left = count.entry(ch).or_insert(0);
            if *left == 0 {
                return false;
            }
            *left -= 1;
        }
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

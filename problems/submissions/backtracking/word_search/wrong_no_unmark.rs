pub struct Solution;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let word: Vec<char> = word.chars().collect();
        let mut visited = vec![vec![false; board[0].len()]; board.len()];
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                if Self::dfs(&board, &word, &mut visited, i, j, 0) {
                    return true;
                }
            }
        }
        false
    }

    fn dfs(
        board: &Vec<Vec<char>>,
        word: &Vec<char>,
        visited: &mut Vec<Vec<bool>>,
        i: usize,
        j: usize,
        k: usize,
    ) -> bool {
        if visited[i][j] || board[i][j] != word[k] {
            return false;
        }
        if k == word.len() - 1 {
            return true;
        }
        // marks the cell but never clears it when this path fails
        visited[i][j] = true;
        (i > 0 && Self::dfs(board, word, visited, i - 1, j, k + 1))
            || (i + 1 < board.len() && Self::dfs(board, word, visited, i + 1, j, k + 1))
            || (j > 0 && Self::dfs(board, word, visited, i, j - 1, k + 1))
            || (j + 1 < board[0].len() && Self::dfs(board, word, visited, i, j + 1, k + 1))
    }
}

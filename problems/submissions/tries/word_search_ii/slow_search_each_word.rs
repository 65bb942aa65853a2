pub struct Solution;

impl Solution {
    pub fn find_words(mut board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut result = Vec::new();
        for word in words {
            let w: Vec<char> = word.chars().collect();
            let mut found = false;
            'outer: for i in 0..board.len() {
                for j in 0..board[0].len() {
                    if Self::exist(&mut board, i as i32, j as i32, &w, 0) {
                        found = true;
                        break 'outer;
                    }
                }
            }
            if found {
                result.push(word);
            }
        }
        result
    }

    fn exist(board: &mut Vec<Vec<char>>, i: i32, j: i32, w: &[char], k: usize) -> bool {
        if k == w.len() {
            return true;
        }
        if i < 0 || j < 0 || i as usize >= board.len() || j as usize >= board[0].len() {
            return false;
        }
        let (r, c) = (i as usize, j as usize);
        if board[r][c] != w[k] {
            return false;
        }
        board[r][c] = '#';
        let found = Self::exist(board, i + 1, j, w, k + 1)
            || Self::exist(board, i - 1, j, w, k + 1)
            || Self::exist(board, i, j + 1, w, k + 1)
            || Self::exist(board, i, j - 1, w, k + 1);
        board[r][c] = w[k];
        found
    }
}

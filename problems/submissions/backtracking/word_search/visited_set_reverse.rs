use std::collections::HashSet;

pub struct Solution;

impl Solution {
    pub fn exist(board: Vec<Vec<char>>, word: String) -> bool {
        let (rows, cols) = (board.len(), board[0].len());
        let mut word: Vec<char> = word.chars().collect();
        let mut freq = [0; 128];
        for row in &board {
            for &ch in row {
                freq[ch as usize] += 1;
            }
        }
        let mut need = [0; 128];
        for &ch in &word {
            need[ch as usize] += 1;
            if need[ch as usize] > freq[ch as usize] {
                return false;
            }
        }
        // start from whichever end of the word is rarer on the board
        if freq[word[0] as usize] > freq[word[word.len() - 1] as usize] {
            word.reverse();
        }
        let mut path = HashSet::new();
        for r in 0..rows {
            for c in 0..cols {
                if Self::backtrack(&board, &word, r as i32, c as i32, 0, &mut path) {
                    return true;
                }
            }
        }
        false
    }

    fn backtrack(
        board: &Vec<Vec<char>>,
        word: &Vec<char>,
        r: i32,
        c: i32,
        i: usize,
        path: &mut HashSet<(i32, i32)>,
    ) -> bool {
        if i == word.len() {
            return true;
        }
        if r < 0
            || c < 0
            || r >= board.len() as i32
            || c >= board[0].len() as i32
            || board[r as usize][c as usize] != word[i]
            || path.contains(&(r, c))
        {
            return false;
        }
        path.insert((r, c));
        let res = Self::backtrack(board, word, r + 1, c, i + 1, path)
            || Self::backtrack(board, word, r - 1, c, i + 1, path)
            || Self::backtrack(board, word, r, c + 1, i + 1, path)
            || Self::backtrack(board, word, r, c - 1, i + 1, path);
        path.remove(&(r, c));
        res
    }
}

#[derive(Default)]
struct Node {
    children: [Option<Box<Node>>; 26],
    word: Option<String>,
}

pub struct Solution;

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let mut root = Node::default();
        for w in words {
            let mut node = &mut root;
            for b in w.bytes() {
                node = node.children[(b - b'a') as usize].get_or_insert_with(Default::default);
            }
            node.word = Some(w);
        }
        let mut board = board;
        let mut result = Vec::new();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                Self::dfs(&mut board, i, j, &root, &mut result);
            }
        }
        result
    }

    fn dfs(board: &mut Vec<Vec<char>>, i: usize, j: usize, node: &Node, result: &mut Vec<String>) {
        let c = board[i][j];
        if c == '#' {
            return;
        }
        let Some(child) = node.children[(c as u8 - b'a') as usize].as_ref() else {
            return;
        };
        if let Some(w) = &child.word {
            // Found it: record the word (but it stays in the trie).
            result.push(w.clone());
        }
        board[i][j] = '#';
        if i > 0 {
            Self::dfs(board, i - 1, j, child, result);
        }
        if i + 1 < board.len() {
            Self::dfs(board, i + 1, j, child, result);
        }
        if j > 0 {
            Self::dfs(board, i, j - 1, child, result);
        }
        if j + 1 < board[0].len() {
            Self::dfs(board, i, j + 1, child, result);
        }
        board[i][j] = c;
    }
}

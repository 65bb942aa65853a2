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
        let mut board: Vec<Vec<u8>> = board
            .into_iter()
            .map(|row| row.into_iter().map(|c| c as u8).collect())
            .collect();
        let mut result = Vec::new();
        for i in 0..board.len() {
            for j in 0..board[0].len() {
                Self::dfs(&mut board, i, j, &mut root, &mut result);
            }
        }
        result
    }

    // Returns true when the child became useless (no word left below it), so the parent drops it.
    fn dfs(board: &mut Vec<Vec<u8>>, i: usize, j: usize, node: &mut Node, result: &mut Vec<String>) {
        let c = board[i][j];
        if c == b'#' {
            return;
        }
        let idx = (c - b'a') as usize;
        let Some(child) = node.children[idx].as_mut() else {
            return;
        };
        if let Some(w) = child.word.take() {
            result.push(w);
        }
        board[i][j] = b'#';
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
        if child.word.is_none() && child.children.iter().all(|x| x.is_none()) {
            node.children[idx] = None;
        }
    }
}

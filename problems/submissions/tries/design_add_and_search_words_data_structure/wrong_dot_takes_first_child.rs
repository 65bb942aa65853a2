#[derive(Default)]
struct WordDictionary {
    children: [Option<Box<WordDictionary>>; 26],
    end: bool,
}

impl WordDictionary {
    fn new() -> Self {
        Default::default()
    }

    fn add_word(&mut self, word: String) {
        let mut node = self;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(Default::default);
        }
        node.end = true;
    }

    fn search(&self, word: String) -> bool {
        self.dfs(word.as_bytes())
    }

    fn dfs(&self, rest: &[u8]) -> bool {
        if rest.is_empty() {
            return self.end;
        }
        if rest[0] == b'.' {
            for child in self.children.iter().flatten() {
                return child.dfs(&rest[1..]);
            }
            return false;
        }
        match &self.children[(rest[0] - b'a') as usize] {
            Some(child) => child.dfs(&rest[1..]),
            None => false,
        }
    }
}

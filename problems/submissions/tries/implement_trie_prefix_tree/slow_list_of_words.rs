struct Trie {
    words: Vec<String>,
}

impl Trie {
    fn new() -> Self {
        Trie { words: Vec::new() }
    }

    fn insert(&mut self, word: String) {
        if !self.words.contains(&word) {
            self.words.push(word);
        }
    }

    fn search(&self, word: String) -> bool {
        self.words.contains(&word)
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.words.iter().any(|w| w.starts_with(&prefix))
    }
}

struct WordDictionary {
    words: Vec<String>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { words: Vec::new() }
    }

    fn add_word(&mut self, word: String) {
        self.words.push(word);
    }

    fn search(&self, word: String) -> bool {
        let pattern = word.as_bytes();
        self.words.iter().any(|w| {
            w.len() == pattern.len()
                && w.bytes().zip(pattern).all(|(c, &p)| p == b'.' || c == p)
        })
    }
}

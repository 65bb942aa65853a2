#[derive(Default)]
struct Trie {
    children: [Option<Box<Trie>>; 26],
}

impl Trie {
    fn new() -> Self {
        Default::default()
    }

    fn insert(&mut self, word: String) {
        let mut node = self;
        for b in word.bytes() {
            node = node.children[(b - b'a') as usize].get_or_insert_with(|| Box::new(Trie::new()));
        }
    }

    fn search(&self, word: String) -> bool {
        // Walks the letters; if the path exists the word must be there.
        let mut node = self;
        for b in word.bytes() {
            match &node.children[(b - b'a') as usize] {
                Some(next) => node = next,
                None => return false,
            }
        }
        true
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.search(prefix)
    }
}

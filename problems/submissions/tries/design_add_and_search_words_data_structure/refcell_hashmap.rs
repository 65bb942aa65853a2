use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    next: HashMap<char, Node>,
    word: bool,
}

impl Node {
    fn matches(&self, pattern: &[char]) -> bool {
        if pattern.is_empty() {
            return self.word;
        }
        if pattern[0] == '.' {
            for child in self.next.values() {
                if child.matches(&pattern[1..]) {
                    return true;
                }
            }
            false
        } else {
            self.next.get(&pattern[0]).map_or(false, |child| child.matches(&pattern[1..]))
        }
    }
}

struct WordDictionary {
    root: RefCell<Node>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { root: RefCell::new(Node::default()) }
    }

    fn add_word(&self, word: String) {
        let mut root = self.root.borrow_mut();
        let mut node = &mut *root;
        for c in word.chars() {
            node = node.next.entry(c).or_default();
        }
        node.word = true;
    }

    fn search(&self, word: String) -> bool {
        let pattern: Vec<char> = word.chars().collect();
        self.root.borrow().matches(&pattern)
    }
}

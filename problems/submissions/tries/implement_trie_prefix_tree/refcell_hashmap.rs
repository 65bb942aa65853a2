use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
struct Node {
    children: HashMap<char, Node>,
    end: bool,
}

struct Trie {
    root: RefCell<Node>,
}

impl Trie {
    fn new() -> Self {
        Trie { root: RefCell::new(Node::default()) }
    }

    fn insert(&self, word: String) {
        let mut root = self.root.borrow_mut();
        let mut node = &mut *root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
        }
        node.end = true;
    }

    fn search(&self, word: String) -> bool {
        let root = self.root.borrow();
        let mut node = &*root;
        for c in word.chars() {
            match node.children.get(&c) {
                Some(next) => node = next,
                None => return false,
            }
        }
        node.end
    }

    fn starts_with(&self, prefix: String) -> bool {
        let root = self.root.borrow();
        let mut node = &*root;
        for c in prefix.chars() {
            match node.children.get(&c) {
                Some(next) => node = next,
                None => return false,
            }
        }
        true
    }
}

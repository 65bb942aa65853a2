use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

struct Node {
    key: i32,
    val: i32,
    prev: Option<Weak<RefCell<Node>>>,
    next: Option<Rc<RefCell<Node>>>,
}

struct Inner {
    cap: usize,
    map: HashMap<i32, Rc<RefCell<Node>>>,
    head: Option<Rc<RefCell<Node>>>,
    tail: Option<Rc<RefCell<Node>>>,
}

struct LRUCache {
    inner: RefCell<Inner>,
}

impl Inner {
    fn unlink(&mut self, node: &Rc<RefCell<Node>>) {
        let prev = node.borrow_mut().prev.take().and_then(|w| w.upgrade());
        let next = node.borrow_mut().next.take();
        match &next {
            Some(n) => n.borrow_mut().prev = prev.as_ref().map(Rc::downgrade),
            None => self.tail = prev.clone(),
        }
        match &prev {
            Some(p) => p.borrow_mut().next = next,
            None => self.head = next,
        }
    }

    fn push_front(&mut self, node: Rc<RefCell<Node>>) {
        match self.head.take() {
            Some(old) => {
                old.borrow_mut().prev = Some(Rc::downgrade(&node));
                node.borrow_mut().next = Some(old);
            }
            None => self.tail = Some(node.clone()),
        }
        self.head = Some(node);
    }
}

/**
 * `&self` means that this method does not mutate the object, as in LeetCode's template.
 */
impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            inner: RefCell::new(Inner {
                cap: capacity as usize,
                map: HashMap::new(),
                head: None,
                tail: None,
            }),
        }
    }

    fn get(&self, key: i32) -> i32 {
        let mut inner = self.inner.borrow_mut();
        let node = match inner.map.get(&key) {
            Some(node) => node.clone(),
            None => return -1,
        };
        inner.unlink(&node);
        let val = node.borrow().val;
        inner.push_front(node);
        val
    }

    fn put(&self, key: i32, value: i32) {
        let mut inner = self.inner.borrow_mut();
        if let Some(node) = inner.map.get(&key).cloned() {
            node.borrow_mut().val = value;
            inner.unlink(&node);
            inner.push_front(node);
            return;
        }
        if inner.map.len() == inner.cap {
            if let Some(last) = inner.tail.clone() {
                inner.unlink(&last);
                let old_key = last.borrow().key;
                inner.map.remove(&old_key);
            }
        }
        let node = Rc::new(RefCell::new(Node { key, val: value, prev: None, next: None }));
        inner.map.insert(key, node.clone());
        inner.push_front(node);
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * let obj = LRUCache::new(capacity);
 * let ret_1: i32 = obj.get(key);
 * obj.put(key, value);
 */

use std::collections::HashMap;

struct LRUCache {
    cap: usize,
    map: HashMap<i32, usize>,
    keys: Vec<i32>,
    vals: Vec<i32>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

// Slot 0 is a sentinel: next[0] is the most recent, prev[0] the least recent.
impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache {
            cap: capacity as usize,
            map: HashMap::new(),
            keys: vec![0],
            vals: vec![0],
            prev: vec![0],
            next: vec![0],
        }
    }

    fn detach(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn attach_front(&mut self, i: usize) {
        let first = self.next[0];
        self.next[i] = first;
        self.prev[i] = 0;
        self.prev[first] = i;
        self.next[0] = i;
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.map.get(&key).copied() {
            Some(i) => {
                self.detach(i);
                self.attach_front(i);
                self.vals[i]
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&i) = self.map.get(&key) {
            self.vals[i] = value;
            self.detach(i);
            self.attach_front(i);
            return;
        }
        let i = if self.map.len() == self.cap {
            let last = self.prev[0];
            self.detach(last);
            self.map.remove(&self.keys[last]);
            self.keys[last] = key;
            self.vals[last] = value;
            last
        } else {
            self.keys.push(key);
            self.vals.push(value);
            self.prev.push(0);
            self.next.push(0);
            self.keys.len() - 1
        };
        self.map.insert(key, i);
        self.attach_front(i);
    }
}

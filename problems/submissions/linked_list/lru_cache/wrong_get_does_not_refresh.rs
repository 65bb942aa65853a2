use std::collections::{HashMap, VecDeque};

struct LRUCache {
    cap: usize,
    map: HashMap<i32, i32>,
    order: VecDeque<i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, map: HashMap::new(), order: VecDeque::new() }
    }

    fn get(&mut self, key: i32) -> i32 {
        // Bug: reading a key does not make it recent.
        *self.map.get(&key).unwrap_or(&-1)
    }

    fn put(&mut self, key: i32, value: i32) {
        if self.map.insert(key, value).is_some() {
            return;
        }
        self.order.push_back(key);
        if self.map.len() > self.cap {
            let oldest = self.order.pop_front().unwrap();
            self.map.remove(&oldest);
        }
    }
}

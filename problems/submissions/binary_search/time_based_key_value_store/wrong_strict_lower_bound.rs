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

    fn get(&self, key: String, timestamp: i32) -> String {
        let Some(history) = self.map.get(&key) else {
            return String::new();
        };
        // Counts the entries strictly before `timestamp` and takes the last of them.
        let (mut lo, mut hi) = (0, history.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if history[mid].0 < timestamp {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == 0 {
            String::new()
        } else {
            history[lo - 1].1.clone()
        }
    }
}

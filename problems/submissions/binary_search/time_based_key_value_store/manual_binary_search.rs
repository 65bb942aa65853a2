use std::collections::HashMap;

struct TimeMap {
    timestamps: HashMap<String, Vec<i32>>,
    values: HashMap<String, Vec<String>>,
}

impl TimeMap {
    fn new() -> Self {
        TimeMap { timestamps: HashMap::new(), values: HashMap::new() }
    }

    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.timestamps.entry(key.clone()).or_insert_with(Vec::new).push(timestamp);
        self.values.entry(key).or_insert_with(Vec::new).push(value);
    }

    fn get(&mut self, key: String, timestamp: i32) -> String {
        let times = match self.timestamps.get(&key) {
            Some(times) => times,
            None => return String::new(),
        };
        // Find the last index whose timestamp is <= the asked one.
        let (mut lo, mut hi) = (0i32, times.len() as i32 - 1);
        let mut found = -1;
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            if times[mid as usize] <= timestamp {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if found < 0 {
            String::new()
        } else {
            self.values[&key][found as usize].clone()
        }
    }
}

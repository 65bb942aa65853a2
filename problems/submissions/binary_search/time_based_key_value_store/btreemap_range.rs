use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

struct TimeMap {
    store: RefCell<HashMap<String, BTreeMap<i32, String>>>,
}

/**
 * `&self` means that this method does not mutate the object, as in LeetCode's template.
 */
impl TimeMap {
    fn new() -> Self {
        TimeMap { store: RefCell::new(HashMap::new()) }
    }

    fn set(&self, key: String, value: String, timestamp: i32) {
        self.store.borrow_mut().entry(key).or_default().insert(timestamp, value);
    }

    fn get(&self, key: String, timestamp: i32) -> String {
        match self.store.borrow().get(&key) {
            Some(history) => history
                .range(..=timestamp)
                .next_back()
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
            None => String::new(),
        }
    }
}

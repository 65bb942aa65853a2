//! LRU Cache (LeetCode 146), a design problem. Target: O(1) `get` and `put`: a hash map from key to
//! a node of a doubly linked list kept in recency order, so the least recently used key is at one
//! end and any key can be moved to the other end without a scan. The constructor takes the
//! capacity, so every sequence starts `["LRUCache", ...], [[capacity], ...]`.

use std::collections::HashMap;

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `LRUCache` to it.
pub trait Api {
    fn get(&mut self, key: i32) -> i32;
    fn put(&mut self, key: i32, value: i32);
}

const NONE: usize = usize::MAX;

struct Slot {
    key: i32,
    value: i32,
    prev: usize,
    next: usize,
}

/// The reference: the list lives in a vector of slots linked by index (no `Rc`, no `unsafe`),
/// most recent at `head`, least recent at `tail`; the map gives each key's slot.
pub struct LinkedSlots {
    capacity: usize,
    slots: Vec<Slot>,
    index: HashMap<i32, usize>,
    head: usize,
    tail: usize,
}

impl LinkedSlots {
    pub fn new(capacity: usize) -> Self {
        LinkedSlots {
            capacity,
            slots: Vec::with_capacity(capacity),
            index: HashMap::with_capacity(capacity),
            head: NONE,
            tail: NONE,
        }
    }

    fn unlink(&mut self, slot: usize) {
        let (prev, next) = (self.slots[slot].prev, self.slots[slot].next);
        match prev {
            NONE => self.head = next,
            prev => self.slots[prev].next = next,
        }
        match next {
            NONE => self.tail = prev,
            next => self.slots[next].prev = prev,
        }
    }

    fn push_front(&mut self, slot: usize) {
        self.slots[slot].prev = NONE;
        self.slots[slot].next = self.head;
        match self.head {
            NONE => self.tail = slot,
            head => self.slots[head].prev = slot,
        }
        self.head = slot;
    }
}

impl Api for LinkedSlots {
    fn get(&mut self, key: i32) -> i32 {
        let Some(&slot) = self.index.get(&key) else {
            return -1;
        };
        self.unlink(slot);
        self.push_front(slot);
        self.slots[slot].value
    }

    fn put(&mut self, key: i32, value: i32) {
        if let Some(&slot) = self.index.get(&key) {
            self.slots[slot].value = value;
            self.unlink(slot);
            self.push_front(slot);
            return;
        }
        let slot = if self.slots.len() < self.capacity {
            self.slots.push(Slot {
                key,
                value,
                prev: NONE,
                next: NONE,
            });
            self.slots.len() - 1
        } else {
            // Full: the least recently used slot is reused for the new key.
            let slot = self.tail;
            self.unlink(slot);
            self.index.remove(&self.slots[slot].key);
            self.slots[slot].key = key;
            self.slots[slot].value = value;
            slot
        };
        self.index.insert(key, slot);
        self.push_front(slot);
    }
}

/// The oracle: every entry carries the time it was last used; eviction scans for the oldest.
/// Obviously right, O(capacity) per eviction.
pub struct Stamped {
    capacity: usize,
    clock: u64,
    entries: HashMap<i32, (i32, u64)>,
}

impl Api for Stamped {
    fn get(&mut self, key: i32) -> i32 {
        self.clock += 1;
        match self.entries.get_mut(&key) {
            Some((value, used)) => {
                *used = self.clock;
                *value
            }
            None => -1,
        }
    }

    fn put(&mut self, key: i32, value: i32) {
        self.clock += 1;
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            let oldest = self
                .entries
                .iter()
                .min_by_key(|(_, &(_, used))| used)
                .map(|(&key, _)| key)
                .expect("a full cache has entries");
            self.entries.remove(&oldest);
        }
        self.entries.insert(key, (value, self.clock));
    }
}

pub struct Problem;

const MAX_CAPACITY: usize = 3000;
const MAX_KEY: i64 = 10_000;
const MAX_VALUE: i64 = 100_000;
const MAX_CALLS: usize = 200_000;

fn capacity_of(constructor: &[Value]) -> usize {
    let capacity = int_argument(constructor, 0).expect("LRUCache(capacity) takes an integer");
    usize::try_from(capacity).expect("a positive capacity")
}

/// `calls` random gets and puts (`put_percent` of them puts) on keys in `0..keys`.
fn mixed(capacity: usize, calls: usize, keys: i64, put_percent: i64, gen: &mut Gen) -> Sequence {
    let mut sequence = Sequence::with_constructor("LRUCache", vec![json!(capacity)]);
    for _ in 0..calls {
        let key = gen.int(0, keys - 1);
        if gen.int(0, 99) < put_percent {
            sequence.push("put", vec![json!(key), json!(gen.int(0, MAX_VALUE))]);
        } else {
            sequence.push("get", vec![json!(key)]);
        }
    }
    sequence
}

/// The capacity a stress sequence of `n` calls uses: growing with `n` up to LeetCode's 3000, so
/// that a scan over the cache costs more per call as the sequence grows.
fn stress_capacity(n: usize) -> usize {
    (n / 64).clamp(1, MAX_CAPACITY)
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "LRUCache";

    fn reference(constructor: &[Value]) -> Box<dyn Api> {
        Box::new(LinkedSlots::new(capacity_of(constructor)))
    }

    fn oracle(constructor: &[Value]) -> Box<dyn Api> {
        Box::new(Stamped {
            capacity: capacity_of(constructor),
            clock: 0,
            entries: HashMap::new(),
        })
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "get" => Value::from(object.get(int_argument(arguments, 0)?)),
            "put" => {
                object.put(int_argument(arguments, 0)?, int_argument(arguments, 1)?);
                Value::Null
            }
            other => return Err(format!("LRUCache has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Small capacities and few keys, so evictions, updates of a present key and misses all
        // happen within a few calls.
        (1..=4usize, 1..=8i64, 0..40usize, 30..=70i64, any::<u64>())
            .prop_map(|(capacity, keys, calls, put_percent, seed)| {
                mixed(capacity, calls, keys, put_percent, &mut Gen::new(seed))
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // Every put after the first `capacity` evicts: a scan for the oldest entry is
                // O(capacity) per call.
                name: "fresh keys: every put evicts the least recently used",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let capacity = stress_capacity(n);
                    let mut sequence =
                        Sequence::with_constructor("LRUCache", vec![json!(capacity)]);
                    for i in 0..n.saturating_sub(1) {
                        let key = (i as i64) % (MAX_KEY + 1);
                        if i % 4 == 3 {
                            sequence.push("get", vec![json!(gen.int(0, MAX_KEY))]);
                        } else {
                            sequence.push("put", vec![json!(key), json!(gen.int(0, MAX_VALUE))]);
                        }
                    }
                    sequence
                },
            },
            StressFamily {
                // Gets of present keys: moving a key to the front of a Vec or VecDeque is a scan.
                name: "a full cache, gets of present keys",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let capacity = stress_capacity(n);
                    let mut sequence =
                        Sequence::with_constructor("LRUCache", vec![json!(capacity)]);
                    for key in 0..capacity.min(n.saturating_sub(1)) {
                        sequence.push("put", vec![json!(key), json!(gen.int(0, MAX_VALUE))]);
                    }
                    while sequence.len() < n {
                        sequence.push("get", vec![json!(gen.int(0, capacity as i64 - 1))]);
                    }
                    sequence
                },
            },
            StressFamily {
                name: "random gets and puts over every key",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    mixed(
                        stress_capacity(n),
                        n.saturating_sub(1),
                        MAX_KEY + 1,
                        50,
                        gen,
                    )
                },
            },
            StressFamily {
                name: "capacity 1, the same few keys",
                max_n: MAX_CALLS,
                generate: |n, gen| mixed(1, n.saturating_sub(1), 3, 50, gen),
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!(
                "{calls} calls to get and put; at most {MAX_CALLS} are made"
            ));
        }
        let capacity: i64 =
            argument(sequence.constructor(), 0).map_err(|e| format!("LRUCache(capacity): {e}"))?;
        constraint::within("capacity", capacity, 1..=MAX_CAPACITY as i64)?;
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            let at = |e: String| format!("operation {i} ({operation}): {e}");
            let key: i64 = argument(arguments, 0).map_err(at)?;
            constraint::within("key", key, 0..=MAX_KEY).map_err(at)?;
            match operation.as_str() {
                "get" => {}
                "put" => {
                    let value: i64 = argument(arguments, 1).map_err(at)?;
                    constraint::within("value", value, 0..=MAX_VALUE).map_err(at)?;
                }
                other => return Err(format!("operation {i}: unknown operation `{other}`")),
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference(capacity: i32) -> Box<dyn Api> {
    Problem::reference(&[json!(capacity)])
}

/// The harness's entry point: `new` builds the learner's LRUCache with the sequence's capacity.
pub fn judge(new: fn(i32) -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        let capacity = int_argument(sequence.constructor(), 0).expect("validated");
        judge_engine::design::run_owned::<Problem>(new(capacity), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);

    #[test]
    fn leetcodes_example() {
        let mut cache = reference(2);
        cache.put(1, 1);
        cache.put(2, 2);
        assert_eq!(cache.get(1), 1);
        cache.put(3, 3);
        assert_eq!(cache.get(2), -1);
        cache.put(4, 4);
        assert_eq!(cache.get(1), -1);
        assert_eq!(cache.get(3), 3);
        assert_eq!(cache.get(4), 4);
    }
}

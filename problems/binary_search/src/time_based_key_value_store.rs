//! Time Based Key-Value Store (LeetCode 981), a design problem. Target: O(1) amortized for set and
//! O(log n) for get, n being the number of values stored under the key.

use std::collections::{BTreeMap, HashMap};

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `TimeMap` to it.
pub trait Api {
    fn set(&mut self, key: String, value: String, timestamp: i32);
    fn get(&mut self, key: String, timestamp: i32) -> String;
}

/// The reference: per key, the history in timestamp order (sets come with increasing timestamps,
/// so appending keeps it sorted), searched with a binary search. The timestamps are kept apart from
/// the values so that the search reads a compact array of integers.
#[derive(Default)]
pub struct SortedHistories {
    histories: HashMap<String, History>,
}

#[derive(Default)]
struct History {
    timestamps: Vec<i32>,
    values: Vec<String>,
}

impl Api for SortedHistories {
    fn set(&mut self, key: String, value: String, timestamp: i32) {
        let history = self.histories.entry(key).or_default();
        history.timestamps.push(timestamp);
        history.values.push(value);
    }

    fn get(&mut self, key: String, timestamp: i32) -> String {
        let Some(history) = self.histories.get(&key) else {
            return String::new();
        };
        // The number of entries set at or before `timestamp`; the last of them is the answer.
        match history.timestamps.partition_point(|&t| t <= timestamp) {
            0 => String::new(),
            i => history.values[i - 1].clone(),
        }
    }
}

/// The oracle: one ordered map over (key, timestamp); the answer is the last entry of the key at or
/// before the timestamp.
#[derive(Default)]
pub struct OrderedPairs {
    entries: BTreeMap<(String, i32), String>,
}

impl Api for OrderedPairs {
    fn set(&mut self, key: String, value: String, timestamp: i32) {
        self.entries.insert((key, timestamp), value);
    }

    fn get(&mut self, key: String, timestamp: i32) -> String {
        self.entries
            .range((key.clone(), i32::MIN)..=(key, timestamp))
            .next_back()
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    }
}

pub struct Problem;

const MAX_CALLS: usize = 200_000;
/// The stress size of the families whose gets land anywhere in a history: half of LeetCode's call
/// limit. Every call copies strings, every get allocates its answer and searches a history that no
/// longer fits in cache, which puts the reference near 50 ms at 2 * 10^5 calls on a small machine;
/// at 10^5 calls a walk through a history of 5 * 10^4 entries is still ~25x slower.
const STRESS_CALLS: usize = 100_000;
const MAX_TIMESTAMP: i32 = 10_000_000;
const MAX_LENGTH: usize = 100;
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz0123456789";

/// Argument `index` as a string, read straight from the JSON (the hot path of stress runs).
fn string_argument(arguments: &[Value], index: usize) -> Result<String, String> {
    let value = arguments
        .get(index)
        .ok_or_else(|| format!("argument {index} is missing"))?;
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("argument {index} ({value}) is not a string"))
}

/// Checks a key or a value against LeetCode's constraints.
fn check_text(what: &str, text: &str) -> Result<(), String> {
    if text.is_empty() || text.len() > MAX_LENGTH {
        return Err(format!(
            "{what} {text:?} has length {}; 1 <= {what}.length <= {MAX_LENGTH}",
            text.len()
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
    {
        return Err(format!(
            "{what} {text:?} contains {c:?}; only lowercase letters and digits are allowed"
        ));
    }
    Ok(())
}

/// A small step in the strategy: a set of one of few keys and values, or a get.
#[derive(Clone, Debug)]
enum Step {
    /// key, value, how far the timestamp moves forward (at least 1)
    Set(usize, usize, i32),
    /// key, how far before the latest set timestamp (from 2 after it to long before it)
    Get(usize, i32),
}

const KEYS: [&str; 3] = ["foo", "bar", "k1"];
const VALUES: [&str; 4] = ["high", "low", "x", "high2"];

/// A timestamp for a get in a history whose sets reached `last`: before the first, equal to or
/// between set timestamps, or after the last.
fn get_timestamp(gen: &mut Gen, first: i32, last: i32) -> i32 {
    match gen.int(0, 9) {
        0 => gen.int(1, i64::from(first)) as i32,
        1 => last,
        2 => gen.int(i64::from(last), i64::from(MAX_TIMESTAMP)) as i32,
        _ => gen.int(i64::from(first), i64::from(last)) as i32,
    }
}

/// A random key or value of `len` characters.
fn word(gen: &mut Gen, len: usize) -> String {
    gen.string(len, ALPHABET)
}

/// `sets` sets of one key with strictly increasing timestamps over the whole range; returns the
/// sequence and the first and last timestamps.
fn one_key_history(sets: usize, gen: &mut Gen, key: &str) -> (Sequence, i32, i32) {
    let mut sequence = Sequence::new("TimeMap");
    let step = (i64::from(MAX_TIMESTAMP) / (sets as i64 + 1)).max(1);
    let first = gen.int(1, step) as i32;
    let mut timestamp = first;
    for i in 0..sets {
        if i > 0 {
            timestamp += gen.int(1, step) as i32;
        }
        let len = gen.int(1, 10) as usize;
        let value = word(gen, len);
        sequence.push("set", vec![json!(key), json!(value), json!(timestamp)]);
    }
    (sequence, first, timestamp)
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "TimeMap";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<SortedHistories>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<OrderedPairs>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "set" => {
                object.set(
                    string_argument(arguments, 0)?,
                    string_argument(arguments, 1)?,
                    int_argument(arguments, 2)?,
                );
                Value::Null
            }
            "get" => Value::String(
                object.get(string_argument(arguments, 0)?, int_argument(arguments, 1)?),
            ),
            other => return Err(format!("TimeMap has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Three keys, four values and small timestamp gaps: gets land exactly on, between, before
        // and after the set timestamps, and on keys never set. Sometimes up to 2000 calls: the
        // oracle's ordered map answers each in O(log n).
        let step = prop_oneof![
            (0..KEYS.len(), 0..VALUES.len(), 1..4i32).prop_map(|(k, v, d)| Step::Set(k, v, d)),
            (0..KEYS.len(), 0..12i32).prop_map(|(k, back)| Step::Get(k, back)),
        ];
        gen::sized_vec(step, 0..=39, 1000)
            .prop_map(|steps| {
                let mut sequence = Sequence::new("TimeMap");
                let mut timestamp = 0;
                for step in steps {
                    match step {
                        Step::Set(key, value, forward) => {
                            timestamp += forward;
                            sequence.push(
                                "set",
                                vec![json!(KEYS[key]), json!(VALUES[value]), json!(timestamp)],
                            );
                        }
                        Step::Get(key, back) => {
                            let t = (timestamp + 2 - back).max(1);
                            sequence.push("get", vec![json!(KEYS[key]), json!(t)]);
                        }
                    }
                }
                sequence
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // 10^5 sets of one key, then 10^5 gets of early timestamps: a scan from the newest
                // entry backwards walks almost the whole history each time, including the gets
                // before the first set that answer "". These gets read the front of the history,
                // which stays in cache, so the reference is fast enough at the full call limit.
                name: "one key: n/2 sets, then n/2 gets of the oldest timestamps",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let sets = (n / 2).max(1);
                    let (mut sequence, first, last) = one_key_history(sets, gen, "key");
                    let early = first + (last - first) / 50;
                    while sequence.len() <= n {
                        let t = gen.int(1, i64::from(early)) as i32;
                        sequence.push("get", vec![json!("key"), json!(t)]);
                    }
                    sequence
                },
            },
            StressFamily {
                // One long history, then gets anywhere in it: a scan of the history, from either
                // end (a forward scan too), walks half of it on average.
                name: "one key: n/2 sets, then n/2 gets at random timestamps",
                max_n: STRESS_CALLS,
                generate: |n, gen| {
                    let sets = (n / 2).max(1);
                    let (mut sequence, first, last) = one_key_history(sets, gen, "key");
                    while sequence.len() <= n {
                        let t = get_timestamp(gen, first, last);
                        sequence.push("get", vec![json!("key"), json!(t)]);
                    }
                    sequence
                },
            },
            StressFamily {
                // Sets and gets interleaved on one key, each get asking for a random moment of the
                // history so far.
                name: "one key: sets and gets interleaved",
                max_n: STRESS_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("TimeMap");
                    let step = i64::from(MAX_TIMESTAMP) / (n as i64 + 1);
                    let mut timestamp = 0i32;
                    while sequence.len() <= n {
                        if timestamp == 0 || gen.chance(1, 2) {
                            timestamp += gen.int(1, step.max(1)) as i32;
                            let len = gen.int(1, 10) as usize;
                            let value = word(gen, len);
                            sequence.push("set", vec![json!("k"), json!(value), json!(timestamp)]);
                        } else {
                            let t = gen.int(1, i64::from(timestamp)) as i32;
                            sequence.push("get", vec![json!("k"), json!(t)]);
                        }
                    }
                    sequence
                },
            },
            StressFamily {
                // Many keys of the longest length, with long values: the cost of hashing and
                // copying strings, which every solution pays.
                name: "1000 keys of 100 characters, random mix",
                max_n: STRESS_CALLS,
                generate: |n, gen| {
                    let keys: Vec<String> = (0..1000).map(|_| word(gen, MAX_LENGTH)).collect();
                    let mut sequence = Sequence::new("TimeMap");
                    let step = i64::from(MAX_TIMESTAMP) / (n as i64 + 1);
                    let mut timestamp = 0i32;
                    while sequence.len() <= n {
                        let key = &keys[gen.index(keys.len())];
                        if timestamp == 0 || gen.chance(1, 2) {
                            timestamp += gen.int(1, step.max(1)) as i32;
                            let len = gen.int(1, MAX_LENGTH as i64) as usize;
                            let value = word(gen, len);
                            sequence.push("set", vec![json!(key), json!(value), json!(timestamp)]);
                        } else {
                            let t = gen.int(1, i64::from(timestamp)) as i32;
                            sequence.push("get", vec![json!(key), json!(t)]);
                        }
                    }
                    sequence
                },
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!("{calls} calls; at most {MAX_CALLS} are made"));
        }
        let mut last_set: Option<i32> = None;
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            let in_op = |e: String| format!("operation {i} ({operation}): {e}");
            let (texts, timestamp_index) = match operation.as_str() {
                "set" => (&["key", "value"][..], 2),
                "get" => (&["key"][..], 1),
                other => return Err(format!("operation {i}: unknown operation `{other}`")),
            };
            if arguments.len() != timestamp_index + 1 {
                return Err(in_op(format!(
                    "{} arguments; {operation} takes {}",
                    arguments.len(),
                    timestamp_index + 1
                )));
            }
            for (index, what) in texts.iter().enumerate() {
                let text = string_argument(arguments, index).map_err(in_op)?;
                check_text(what, &text).map_err(in_op)?;
            }
            let timestamp = int_argument(arguments, timestamp_index).map_err(in_op)?;
            if !(1..=MAX_TIMESTAMP).contains(&timestamp) {
                return Err(in_op(format!(
                    "timestamp {timestamp}; 1 <= timestamp <= {MAX_TIMESTAMP}"
                )));
            }
            if operation == "set" {
                if let Some(last) = last_set.filter(|&last| timestamp <= last) {
                    return Err(in_op(format!(
                        "timestamp {timestamp} after a set at {last}; the timestamps of set are strictly increasing"
                    )));
                }
                last_set = Some(timestamp);
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Problem::reference(&[])
}

/// The harness's entry point: `new` builds the learner's TimeMap behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);
}

use std::collections::BTreeMap;

pub struct Solution;

impl Solution {
    pub fn min_interval(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
        intervals.sort_unstable_by_key(|iv| iv[1] - iv[0]);
        let mut pending: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
        for (i, &q) in queries.iter().enumerate() {
            pending.entry(q).or_default().push(i);
        }
        let mut res = vec![-1; queries.len()];
        for iv in &intervals {
            if pending.is_empty() {
                break;
            }
            let inside: Vec<i32> = pending.range(iv[0]..=iv[1]).map(|(&q, _)| q).collect();
            for q in inside {
                for i in pending.remove(&q).unwrap() {
                    res[i] = iv[1] - iv[0] + 1;
                }
            }
        }
        res
    }
}

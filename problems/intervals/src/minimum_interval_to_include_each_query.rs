//! Minimum Interval to Include Each Query (LeetCode 1851). Target: O(n log n + q log q) time, O(n + q)
//! space: answer the queries in increasing order, adding the intervals that have started to a
//! min-heap keyed by size and dropping from its top those that have already ended.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub intervals: Vec<Vec<i32>>,
    pub queries: Vec<i32>,
}

pub struct Problem;

/// The reference: an offline sweep over the sorted queries with a min-heap of (size, right).
pub fn reference(mut intervals: Vec<Vec<i32>>, queries: Vec<i32>) -> Vec<i32> {
    intervals.sort_unstable_by_key(|interval| interval[0]);
    let mut order: Vec<usize> = (0..queries.len()).collect();
    order.sort_unstable_by_key(|&i| queries[i]);
    let mut answer = vec![-1; queries.len()];
    let mut open: BinaryHeap<Reverse<(i32, i32)>> = BinaryHeap::new();
    let mut next = 0;
    for i in order {
        let query = queries[i];
        while next < intervals.len() && intervals[next][0] <= query {
            let (left, right) = (intervals[next][0], intervals[next][1]);
            open.push(Reverse((right - left + 1, right)));
            next += 1;
        }
        // Both ends are included: an interval ending at `query` still holds it.
        while open
            .peek()
            .is_some_and(|Reverse((_, right))| *right < query)
        {
            open.pop();
        }
        if let Some(Reverse((size, _))) = open.peek() {
            answer[i] = *size;
        }
    }
    answer
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 10_000_000;

/// `n` intervals, starting anywhere, each `1..=max_size` long (both ends counted).
fn random_intervals(n: usize, max_size: i32, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..n)
        .map(|_| {
            let left = gen.int(1, (MAX_VALUE - max_size + 1).into()) as i32;
            vec![left, left + gen.int(0, (max_size - 1).into()) as i32]
        })
        .collect()
}

/// Follows the "next query position not yet answered" links, shortening them on the way.
fn next_open(next: &mut [usize], mut at: usize) -> usize {
    let mut root = at;
    while next[root] != root {
        root = next[root];
    }
    while next[at] != root {
        let up = next[at];
        next[at] = root;
        at = up;
    }
    root
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["intervals", "queries"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.intervals, input.queries)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Intervals from the smallest: each one answers every distinct query value inside it
        // that no smaller interval has answered yet. A union-find skips the answered values.
        let mut values = input.queries.clone();
        values.sort_unstable();
        values.dedup();
        let mut by_size = input.intervals;
        by_size.sort_by_key(|interval| interval[1] - interval[0]);
        let mut found = vec![-1; values.len()];
        // next[k] == k while values[k] is unanswered; values.len() is a sentinel.
        let mut next: Vec<usize> = (0..=values.len()).collect();
        for interval in &by_size {
            let mut k = next_open(&mut next, values.partition_point(|&v| v < interval[0]));
            while k < values.len() && values[k] <= interval[1] {
                found[k] = interval[1] - interval[0] + 1;
                next[k] = k + 1;
                k = next_open(&mut next, k + 1);
            }
        }
        input
            .queries
            .iter()
            .map(|query| found[values.binary_search(query).expect("every query is a value")])
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values, so queries land on interval ends, outside every interval, and on
        // intervals of equal size.
        prop_oneof![Just(6), Just(25), Just(MAX_VALUE)]
            .prop_flat_map(|top| {
                (
                    prop::collection::vec((1..=top, 1..=top), 1..=20),
                    prop::collection::vec(1..=top, 1..=20),
                )
            })
            .prop_map(|(pairs, queries)| Input {
                intervals: pairs
                    .into_iter()
                    .map(|(a, b)| vec![a.min(b), a.max(b)])
                    .collect(),
                queries,
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Each query scanning every interval is 10^10 steps here.
                name: "random intervals and queries",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: random_intervals(n, 100_000, gen),
                    queries: gen.ints(n, 1, MAX_VALUE),
                },
            },
            StressFamily {
                // All intervals hold the middle, the smallest has size 1: the heap holds them all.
                name: "nested around the middle, queries near it",
                max_n: MAX_N,
                generate: |n, gen| {
                    let middle = MAX_VALUE / 2;
                    Input {
                        intervals: (0..n as i32)
                            .map(|i| vec![middle - i, middle + i])
                            .collect(),
                        queries: gen.ints(n, middle - n as i32, middle + n as i32),
                    }
                },
            },
            StressFamily {
                // Every query falls in a gap: every answer is -1.
                name: "queries only in the gaps",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: (0..n as i32)
                        .map(|i| vec![100 * i + 1, 100 * i + 50])
                        .collect(),
                    queries: (0..n)
                        .map(|_| 100 * gen.int(0, n as i64 - 1) as i32 + 51 + gen.int(0, 49) as i32)
                        .collect(),
                },
            },
            StressFamily {
                // Queries exactly on the ends: both ends count, and sizes include both.
                name: "queries on interval ends",
                max_n: MAX_N,
                generate: |n, gen| {
                    let intervals = random_intervals(n, 1_000, gen);
                    let queries = (0..n)
                        .map(|_| intervals[gen.index(n)][gen.index(2)])
                        .collect();
                    Input { intervals, queries }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("intervals", input.intervals.len(), 1..=MAX_N)?;
        constraint::length("queries", input.queries.len(), 1..=MAX_N)?;
        for (i, interval) in input.intervals.iter().enumerate() {
            let name = format!("intervals[{i}]");
            constraint::length(&name, interval.len(), 2..=2)?;
            constraint::each_within(&name, interval, 1..=MAX_VALUE)?;
            if interval[0] > interval[1] {
                return Err(format!(
                    "{name} = {interval:?} starts after it ends; left <= right is required"
                ));
            }
        }
        constraint::each_within("queries", &input.queries, 1..=MAX_VALUE)?;
        Ok(())
    }
}

/// A list of `[left, right]` pairs, as LeetCode passes them.
type Intervals = Vec<Vec<i32>>;

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Intervals, Vec<i32>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.intervals, input.queries))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn ends_are_included_in_the_interval_and_its_size() {
        assert_eq!(
            reference(vec![vec![2, 4]], vec![4, 2, 5, 1]),
            vec![3, 3, -1, -1]
        );
        let oracle = |intervals, queries| Problem::oracle(Input { intervals, queries });
        assert_eq!(
            oracle(vec![vec![1, 4], vec![3, 3]], vec![3, 4, 3]),
            vec![1, 4, 1]
        );
    }
}

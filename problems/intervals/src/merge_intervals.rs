//! Merge Intervals (LeetCode 56). Target: O(n log n) time, O(n) space: sort by start, then extend
//! the last merged interval while the next one starts at or before its end.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub intervals: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: one pass over the intervals sorted by start.
pub fn reference(mut intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    intervals.sort_unstable_by_key(|interval| interval[0]);
    let mut merged: Vec<Vec<i32>> = Vec::with_capacity(intervals.len());
    for interval in intervals {
        match merged.last_mut() {
            // Touching intervals ([1,4] and [4,5]) share the point 4: they merge.
            Some(last) if interval[0] <= last[1] => last[1] = last[1].max(interval[1]),
            _ => merged.push(interval),
        }
    }
    merged
}

const MAX_N: usize = 10_000;
const MAX_VALUE: i32 = 10_000;

/// `n` intervals of at most `max_len`, their starts anywhere in `0..=MAX_VALUE - max_len`.
fn random_intervals(n: usize, max_len: i32, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..n)
        .map(|_| {
            let start = gen.int(0, (MAX_VALUE - max_len).into()) as i32;
            vec![start, start + gen.int(0, max_len.into()) as i32]
        })
        .collect()
}

/// The intervals in a random order.
fn shuffled(mut intervals: Vec<Vec<i32>>, gen: &mut Gen) -> Vec<Vec<i32>> {
    for i in (1..intervals.len()).rev() {
        intervals.swap(i, gen.index(i + 1));
    }
    intervals
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["intervals"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.intervals)
    }

    fn oracle(input: Input) -> Vec<Vec<i32>> {
        // Mark every covered point on a doubled axis (point x at 2x, the gap between x and x + 1 at
        // 2x + 1): two intervals belong together exactly when the marks between them have no hole,
        // so [1,2] and [3,4] stay apart (5 is unmarked) while [1,4] and [4,5] join at 8.
        let top = input.intervals.iter().map(|iv| iv[1]).max().unwrap_or(0) as usize;
        let mut opened = vec![0i32; 2 * top + 2];
        for interval in &input.intervals {
            opened[2 * interval[0] as usize] += 1;
            opened[2 * interval[1] as usize + 1] -= 1;
        }
        let mut merged = Vec::new();
        let (mut depth, mut start) = (0, 0);
        for (at, change) in opened.into_iter().enumerate() {
            if depth == 0 && change > 0 {
                start = at;
            }
            depth += change;
            if depth == 0 && change < 0 {
                merged.push(vec![(start / 2) as i32, (at / 2) as i32]);
            }
        }
        merged
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small coordinates, so touching, nested and identical intervals are common.
        prop_oneof![Just(6), Just(20), Just(MAX_VALUE)]
            .prop_flat_map(|top| {
                prop::collection::vec((0..=top, 0..=top), 1..=30).prop_map(|pairs| Input {
                    intervals: pairs
                        .into_iter()
                        .map(|(a, b)| vec![a.min(b), a.max(b)])
                        .collect(),
                })
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // n separate single points: merging against every interval kept so far is O(n²).
                name: "n single points, no two overlap, shuffled",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: shuffled((0..n as i32).map(|x| vec![x, x]).collect(), gen),
                },
            },
            StressFamily {
                // [i, i + 1] for every i: each touches the next, so all merge into one.
                name: "a chain of touching intervals, shuffled",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: shuffled((0..n as i32).map(|x| vec![x, x + 1]).collect(), gen),
                },
            },
            StressFamily {
                // A long interval first, then short ones inside it: the end must be kept with max.
                name: "nested inside the first interval",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut intervals = vec![vec![0, MAX_VALUE]];
                    intervals.extend(random_intervals(n - 1, 10, gen));
                    Input { intervals }
                },
            },
            StressFamily {
                name: "random short intervals",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: random_intervals(n, 3, gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("intervals", input.intervals.len(), 1..=MAX_N)?;
        for (i, interval) in input.intervals.iter().enumerate() {
            constraint::length(&format!("intervals[{i}]"), interval.len(), 2..=2)?;
            constraint::each_within(&format!("intervals[{i}]"), interval, 0..=MAX_VALUE)?;
            if interval[0] > interval[1] {
                return Err(format!(
                    "intervals[{i}] = {interval:?} starts after it ends; start <= end is required"
                ));
            }
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        // Compared exactly, sorted by start, as the project's issue 15 asks: the answer a sweep
        // over the sorted input gives, and the one LeetCode's examples show.
        check::exact(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.intervals))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn touching_intervals_merge_and_separate_ones_do_not() {
        let run = |intervals: Vec<Vec<i32>>| reference(intervals);
        assert_eq!(run(vec![vec![1, 4], vec![4, 5]]), vec![vec![1, 5]]);
        assert_eq!(
            run(vec![vec![3, 4], vec![1, 2]]),
            vec![vec![1, 2], vec![3, 4]]
        );
        assert_eq!(
            Problem::oracle(Input {
                intervals: vec![vec![3, 4], vec![1, 2], vec![2, 2]]
            }),
            vec![vec![1, 2], vec![3, 4]]
        );
    }
}

//! Non-overlapping Intervals (LeetCode 435). Target: O(n log n) time, O(1) extra space beyond the
//! sort: keep intervals greedily in order of their end, removing every one that starts before the
//! last kept end.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub intervals: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: the earliest-ending interval is always safe to keep.
pub fn reference(mut intervals: Vec<Vec<i32>>) -> i32 {
    intervals.sort_unstable_by_key(|interval| interval[1]);
    let mut removed = 0;
    let mut last_end = i32::MIN;
    for interval in &intervals {
        // Touching is allowed: [1,2] and [2,3] do not overlap.
        if interval[0] >= last_end {
            last_end = interval[1];
        } else {
            removed += 1;
        }
    }
    removed
}

const MAX_N: usize = 100_000;
const LOW: i32 = -50_000;
const HIGH: i32 = 50_000;

/// `n` intervals of length `1..=max_len` anywhere in the allowed range.
fn random_intervals(n: usize, max_len: i32, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..n)
        .map(|_| {
            let start = gen.int(LOW.into(), (HIGH - max_len).into()) as i32;
            vec![start, start + gen.int(1, max_len.into()) as i32]
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
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["intervals"];

    fn reference(input: Input) -> i32 {
        reference(input.intervals)
    }

    fn oracle(input: Input) -> i32 {
        // Dynamic programming over the coordinates: most[x] is the largest number of disjoint
        // intervals that all end at or before x. An interval [s, e] extends the best set ending at
        // or before s. What is not kept is removed.
        let offset = |x: i32| (x - LOW) as usize;
        let width = offset(HIGH) + 1;
        let mut ending_at: Vec<Vec<usize>> = vec![Vec::new(); width];
        for interval in &input.intervals {
            ending_at[offset(interval[1])].push(offset(interval[0]));
        }
        let mut most = vec![0i32; width];
        for x in 0..width {
            let before = if x > 0 { most[x - 1] } else { 0 };
            most[x] = ending_at[x]
                .iter()
                .map(|&start| most[start] + 1)
                .fold(before, i32::max);
        }
        input.intervals.len() as i32 - most[width - 1]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few coordinates, so touching, nested and repeated intervals are common.
        prop_oneof![Just(4), Just(12), Just(HIGH)]
            .prop_flat_map(|span| {
                prop::collection::vec((-span..span, 1..=span), 1..=30).prop_map(move |pairs| {
                    Input {
                        intervals: pairs
                            .into_iter()
                            .map(|(start, len)| vec![start, (start + len).min(span)])
                            .collect(),
                    }
                })
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // [x, x + 1] for every x: all touch, none overlap, nothing is removed. A test with
                // `<` where `<=` belongs removes half; the O(n²) DP compares every pair.
                name: "a chain of touching unit intervals, shuffled",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: shuffled(
                        (0..n as i32).map(|i| vec![LOW + i, LOW + i + 1]).collect(),
                        gen,
                    ),
                },
            },
            StressFamily {
                // A long interval that starts first covers many short ones: keeping the earliest
                // start instead of the earliest end removes the wrong ones.
                name: "long intervals over short ones",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut intervals = random_intervals(n / 100 + 1, 5_000, gen);
                    intervals.extend(random_intervals(n - intervals.len(), 3, gen));
                    Input {
                        intervals: shuffled(intervals, gen),
                    }
                },
            },
            StressFamily {
                name: "random short intervals",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: random_intervals(n, 20, gen),
                },
            },
            StressFamily {
                name: "random intervals of any length",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: random_intervals(n, HIGH - LOW, gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("intervals", input.intervals.len(), 1..=MAX_N)?;
        for (i, interval) in input.intervals.iter().enumerate() {
            let name = format!("intervals[{i}]");
            constraint::length(&name, interval.len(), 2..=2)?;
            constraint::each_within(&name, interval, LOW..=HIGH)?;
            if interval[0] >= interval[1] {
                return Err(format!("{name} = {interval:?}: start < end is required"));
            }
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.intervals))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn touching_is_not_overlapping() {
        assert_eq!(reference(vec![vec![1, 2], vec![2, 3]]), 0);
        assert_eq!(reference(vec![vec![1, 100], vec![2, 3], vec![4, 5]]), 1);
        let oracle = |intervals| Problem::oracle(Input { intervals });
        assert_eq!(oracle(vec![vec![1, 2], vec![1, 2], vec![1, 2]]), 2);
    }
}

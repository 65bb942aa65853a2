//! Insert Interval (LeetCode 57). Target: O(n) time, O(n) space for the answer: the intervals are
//! already sorted and apart, so one pass copies those before the new interval, absorbs those that
//! overlap it, and copies the rest.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub intervals: Vec<Vec<i32>>,
    pub new_interval: Vec<i32>,
}

pub struct Problem;

/// A list of `[start, end]` pairs, as LeetCode passes them.
type Intervals = Vec<Vec<i32>>;

/// The reference: before, overlapping (merged into one), after.
pub fn reference(intervals: Vec<Vec<i32>>, new_interval: Vec<i32>) -> Vec<Vec<i32>> {
    let (mut start, mut end) = (new_interval[0], new_interval[1]);
    let mut answer = Vec::with_capacity(intervals.len() + 1);
    let mut rest = intervals.into_iter().peekable();
    while let Some(before) = rest.next_if(|interval| interval[1] < start) {
        answer.push(before);
    }
    // Sharing an endpoint counts as overlapping: [1,2] and [2,3] become [1,3].
    while let Some(overlapping) = rest.next_if(|interval| interval[0] <= end) {
        start = start.min(overlapping[0]);
        end = end.max(overlapping[1]);
    }
    answer.push(vec![start, end]);
    answer.extend(rest);
    answer
}

const MAX_N: usize = 10_000;
const MAX_VALUE: i32 = 100_000;

/// `n` sorted intervals, each `0..=max_len` long and `1..=max_gap` after the previous one.
fn sorted_apart(n: usize, max_len: i64, max_gap: i64, gen: &mut Gen) -> Vec<Vec<i32>> {
    let mut at = gen.int(0, max_gap) as i32;
    (0..n)
        .map(|_| {
            let start = at;
            let end = start + gen.int(0, max_len) as i32;
            at = end + gen.int(1, max_gap) as i32;
            vec![start, end]
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["intervals", "new_interval"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.intervals, input.new_interval)
    }

    fn oracle(input: Input) -> Vec<Vec<i32>> {
        // Mark every covered point on a doubled axis (x at 2x, the gap after x at 2x + 1) and read
        // the runs of marks back: [1,2] and [3,4] stay apart, [1,2] and [2,3] join.
        let mut all = input.intervals;
        all.push(input.new_interval);
        let top = all.iter().map(|iv| iv[1]).max().unwrap_or(0) as usize;
        let mut covered = vec![false; 2 * top + 2];
        for interval in &all {
            for mark in &mut covered[2 * interval[0] as usize..=2 * interval[1] as usize] {
                *mark = true;
            }
        }
        let mut answer = Vec::new();
        let mut run_start = None;
        for (at, &mark) in covered.iter().enumerate() {
            match (mark, run_start) {
                (true, None) => run_start = Some(at),
                (false, Some(start)) => {
                    answer.push(vec![(start / 2) as i32, ((at - 1) / 2) as i32]);
                    run_start = None;
                }
                _ => {}
            }
        }
        answer
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Short gaps and lengths (zero-length intervals included), so the new interval often
        // touches a neighbour at an endpoint or falls in a gap of one.
        (1..=3i32, 0..=3i32, 0..=12usize)
            .prop_flat_map(|(max_gap, max_len, n)| {
                let shape = prop::collection::vec((1..=max_gap, 0..=max_len), n);
                let top = (max_gap + max_len) * (n as i32 + 1);
                (0..=max_gap, shape, 0..=top, 0..=top)
            })
            .prop_map(|(first, shape, a, b)| {
                let mut at = first;
                let intervals = shape
                    .into_iter()
                    .map(|(gap, len)| {
                        let interval = vec![at, at + len];
                        at += len + gap;
                        interval
                    })
                    .collect();
                Input {
                    intervals,
                    new_interval: vec![a.min(b), a.max(b)],
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Absorbs every interval: removing them one by one from a Vec is O(n²).
                name: "the new interval covers them all",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: sorted_apart(n, 4, 5, gen),
                    new_interval: vec![0, MAX_VALUE],
                },
            },
            StressFamily {
                // Starts inside the first interval and ends inside the last one.
                name: "the new interval joins the first to the last",
                max_n: MAX_N,
                generate: |n, gen| {
                    let intervals = sorted_apart(n, 4, 5, gen);
                    let (a, b) = (intervals[0][1], intervals[n - 1][0]);
                    let new_interval = vec![a.min(b), a.max(b)];
                    Input {
                        intervals,
                        new_interval,
                    }
                },
            },
            StressFamily {
                name: "the new interval goes first, apart from the rest",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: sorted_apart(n, 4, 5, gen)
                        .into_iter()
                        .map(|iv| vec![iv[0] + 2, iv[1] + 2])
                        .collect(),
                    new_interval: vec![0, 0],
                },
            },
            StressFamily {
                name: "the new interval touches the middle one's end",
                max_n: MAX_N,
                generate: |n, gen| {
                    let intervals = sorted_apart(n, 4, 5, gen);
                    let at = intervals[n / 2][1];
                    Input {
                        intervals,
                        new_interval: vec![at, at + 1],
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("intervals", input.intervals.len(), 0..=MAX_N)?;
        for (i, interval) in input.intervals.iter().enumerate() {
            let name = format!("intervals[{i}]");
            constraint::length(&name, interval.len(), 2..=2)?;
            constraint::each_within(&name, interval, 0..=MAX_VALUE)?;
            if interval[0] > interval[1] {
                return Err(format!(
                    "{name} = {interval:?} starts after it ends; start <= end is required"
                ));
            }
            if i > 0 && interval[0] <= input.intervals[i - 1][1] {
                return Err(format!(
                    "{name} = {interval:?} does not start after intervals[{}] = {:?} ends; the intervals must be sorted by start and must not overlap",
                    i - 1,
                    input.intervals[i - 1]
                ));
            }
        }
        let new = &input.new_interval;
        constraint::length("new_interval", new.len(), 2..=2)?;
        constraint::each_within("new_interval", new, 0..=MAX_VALUE)?;
        if new[0] > new[1] {
            return Err(format!(
                "new_interval = {new:?} starts after it ends; start <= end is required"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Intervals, Vec<i32>) -> Intervals) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.intervals, input.new_interval))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn touching_joins_and_a_gap_of_one_does_not() {
        assert_eq!(reference(vec![vec![1, 2]], vec![2, 3]), vec![vec![1, 3]]);
        assert_eq!(
            reference(vec![vec![1, 2]], vec![3, 4]),
            vec![vec![1, 2], vec![3, 4]]
        );
        assert_eq!(reference(vec![], vec![5, 7]), vec![vec![5, 7]]);
        let unsorted = Input {
            intervals: vec![vec![4, 5], vec![1, 2]],
            new_interval: vec![7, 7],
        };
        assert!(Problem::validate(&unsorted).is_err());
    }
}

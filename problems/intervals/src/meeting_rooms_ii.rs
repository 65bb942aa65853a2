//! Meeting Rooms II (LeetCode 253, premium). Target: O(n log n) time, O(n) space: sort the starts
//! and the ends apart, and sweep them in time order; a start before the earliest unmatched end
//! needs a new room, otherwise it takes over the room that end frees.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub intervals: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: two sorted lists of times, one pass.
pub fn reference(intervals: Vec<Vec<i32>>) -> i32 {
    let mut starts: Vec<i32> = intervals.iter().map(|meeting| meeting[0]).collect();
    let mut ends: Vec<i32> = intervals.iter().map(|meeting| meeting[1]).collect();
    starts.sort_unstable();
    ends.sort_unstable();
    let mut rooms = 0;
    let mut freed = 0;
    for start in starts {
        // A room freed at `start` can be used again right away.
        if start >= ends[freed] {
            freed += 1;
        } else {
            rooms += 1;
        }
    }
    rooms
}

const MAX_N: usize = 10_000;
const MAX_TIME: i32 = 1_000_000;

/// The meetings in a random order.
fn shuffled(mut intervals: Vec<Vec<i32>>, gen: &mut Gen) -> Vec<Vec<i32>> {
    for i in (1..intervals.len()).rev() {
        intervals.swap(i, gen.index(i + 1));
    }
    intervals
}

/// `n` meetings, starting anywhere, each `1..=max_len` long.
fn random_meetings(n: usize, max_len: i32, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..n)
        .map(|_| {
            let start = gen.int(0, (MAX_TIME - max_len).into()) as i32;
            vec![start, start + gen.int(1, max_len.into()) as i32]
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["intervals"];

    fn reference(input: Input) -> i32 {
        reference(input.intervals)
    }

    fn oracle(input: Input) -> i32 {
        // The rooms needed are the most meetings in progress at one moment (a meeting holds
        // start..end, its end excluded): count them at every time.
        let top = input.intervals.iter().map(|m| m[1]).max().unwrap_or(0) as usize;
        let mut change = vec![0i32; top + 1];
        for meeting in &input.intervals {
            change[meeting[0] as usize] += 1;
            change[meeting[1] as usize] -= 1;
        }
        let mut in_progress = 0;
        change
            .into_iter()
            .map(|delta| {
                in_progress += delta;
                in_progress
            })
            .max()
            .unwrap_or(0)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct times, so meetings that touch, repeat and nest are common.
        prop_oneof![Just(5), Just(20), Just(MAX_TIME)]
            .prop_flat_map(|top| {
                prop::collection::vec((0..top, 1..=top), 1..=25).prop_map(move |pairs| Input {
                    intervals: pairs
                        .into_iter()
                        .map(|(start, len)| vec![start, (start + len).min(top)])
                        .collect(),
                })
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // One room is enough; a start equal to an end must reuse the room. Counting, for
                // each meeting, the others in progress at its start is O(n²).
                name: "back to back, shuffled",
                max_n: MAX_N,
                generate: |n, gen| {
                    let step = MAX_TIME / n as i32;
                    Input {
                        intervals: shuffled(
                            (0..n as i32)
                                .map(|i| vec![i * step, (i + 1) * step])
                                .collect(),
                            gen,
                        ),
                    }
                },
            },
            StressFamily {
                // Every meeting is in progress at the middle moment: n rooms.
                name: "all nested around the middle",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: shuffled(
                        (0..n as i32).map(|i| vec![i, MAX_TIME - i]).collect(),
                        gen,
                    ),
                },
            },
            StressFamily {
                name: "random short meetings",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: random_meetings(n, 1_000, gen),
                },
            },
            StressFamily {
                name: "random meetings of any length",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: random_meetings(n, MAX_TIME, gen),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("intervals", input.intervals.len(), 1..=MAX_N)?;
        for (i, meeting) in input.intervals.iter().enumerate() {
            let name = format!("intervals[{i}]");
            constraint::length(&name, meeting.len(), 2..=2)?;
            constraint::each_within(&name, meeting, 0..=MAX_TIME)?;
            if meeting[0] >= meeting[1] {
                return Err(format!("{name} = {meeting:?}: start < end is required"));
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
    fn a_room_freed_at_a_start_is_reused() {
        assert_eq!(reference(vec![vec![2, 3], vec![1, 2]]), 1);
        assert_eq!(reference(vec![vec![1, 3], vec![2, 4], vec![3, 5]]), 2);
        let oracle = |intervals| Problem::oracle(Input { intervals });
        assert_eq!(oracle(vec![vec![1, 5], vec![1, 5], vec![5, 6]]), 2);
    }
}

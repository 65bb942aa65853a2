//! Meeting Rooms (LeetCode 252, premium). Target: O(n log n) time, O(1) extra space beyond the
//! sort: sorted by start, one person can attend every meeting exactly when each meeting starts at
//! or after the previous one ends.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub intervals: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: sort by start, compare each meeting with the one before it.
pub fn reference(mut intervals: Vec<Vec<i32>>) -> bool {
    intervals.sort_unstable_by_key(|meeting| meeting[0]);
    // A meeting may start at the very moment the previous one ends.
    intervals.windows(2).all(|pair| pair[1][0] >= pair[0][1])
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

/// `n` meetings back to back, each `MAX_TIME / n` long: the last ends at (about) `MAX_TIME`.
fn back_to_back(n: usize) -> Vec<Vec<i32>> {
    let step = MAX_TIME / n.max(1) as i32;
    (0..n as i32)
        .map(|i| vec![i * step, (i + 1) * step])
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["intervals"];

    fn reference(input: Input) -> bool {
        reference(input.intervals)
    }

    fn oracle(input: Input) -> bool {
        // Count, at every moment, the meetings in progress (a meeting holds the times start..end,
        // its end excluded): attending all is possible when that count never exceeds one.
        let top = input.intervals.iter().map(|m| m[1]).max().unwrap_or(0) as usize;
        let mut change = vec![0i32; top + 1];
        for meeting in &input.intervals {
            change[meeting[0] as usize] += 1;
            change[meeting[1] as usize] -= 1;
        }
        let mut in_progress = 0;
        change.into_iter().all(|delta| {
            in_progress += delta;
            in_progress <= 1
        })
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct times, so meetings that touch, repeat or nest are common; about half the
        // inputs are a back-to-back schedule (answer true) with perhaps one meeting nudged.
        let random = prop_oneof![Just(5), Just(20), Just(MAX_TIME)].prop_flat_map(|top| {
            prop::collection::vec((0..top, 1..=top), 0..=12).prop_map(move |pairs| {
                pairs
                    .into_iter()
                    .map(|(start, len)| vec![start, (start + len).min(top)])
                    .collect::<Vec<_>>()
            })
        });
        let schedule = (
            prop::collection::vec((0..=2i32, 1..=3i32), 0..=12),
            any::<bool>(),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(shape, nudge, which)| {
                let mut at = 0;
                let mut meetings: Vec<Vec<i32>> = shape
                    .into_iter()
                    .map(|(gap, len)| {
                        at += gap;
                        let meeting = vec![at, at + len];
                        at += len;
                        meeting
                    })
                    .collect();
                if nudge && !meetings.is_empty() {
                    let i = which.index(meetings.len());
                    meetings[i][1] += 1;
                }
                meetings.reverse();
                meetings
            });
        prop_oneof![random, schedule]
            .prop_map(|intervals| Input { intervals })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every meeting ends when the next starts: the answer is true, so nothing stops a
                // pairwise check early (O(n²)); `>` where `>=` belongs says false at once.
                name: "back to back, shuffled",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: shuffled(back_to_back(n), gen),
                },
            },
            StressFamily {
                name: "back to back with gaps, shuffled",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: shuffled(
                        back_to_back(n)
                            .into_iter()
                            .map(|m| vec![m[0], m[1] - gen.int(0, 50) as i32])
                            .collect(),
                        gen,
                    ),
                },
            },
            StressFamily {
                // One meeting runs a unit over into the next: only the last clash, in sorted order.
                name: "a single clash at the end, shuffled",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut intervals = back_to_back(n);
                    if n >= 2 {
                        intervals[n - 2][1] += 1;
                    }
                    Input {
                        intervals: shuffled(intervals, gen),
                    }
                },
            },
            StressFamily {
                name: "random meetings",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    intervals: (0..n)
                        .map(|_| {
                            let start = gen.int(0, (MAX_TIME - 1).into()) as i32;
                            vec![start, gen.int((start + 1).into(), MAX_TIME.into()) as i32]
                        })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("intervals", input.intervals.len(), 0..=MAX_N)?;
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
pub fn judge(solve: fn(Vec<Vec<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.intervals))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn back_to_back_is_fine_and_one_unit_over_is_not() {
        assert!(reference(vec![vec![2, 3], vec![1, 2]]));
        assert!(!reference(vec![vec![2, 3], vec![1, 3]]));
        assert!(reference(vec![]));
        let oracle = |intervals| Problem::oracle(Input { intervals });
        assert!(oracle(vec![vec![1, 2], vec![2, 3]]));
        assert!(!oracle(vec![vec![1, 5], vec![2, 3]]));
    }
}

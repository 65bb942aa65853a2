//! Car Fleet (LeetCode 853). Target: O(n log n): sort by position, then one pass from the car
//! nearest the target, keeping the arrival time of the fleet ahead.

use std::cmp::Ordering;
use std::collections::HashSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub target: i32,
    pub position: Vec<i32>,
    pub speed: Vec<i32>,
}

pub struct Problem;

/// An arrival time `distance / speed`, compared exactly (both parts are at most 10^6, so the cross
/// products fit in an i64).
#[derive(Clone, Copy, Debug)]
struct Time {
    distance: i64,
    speed: i64,
}

impl Time {
    fn of(target: i32, position: i32, speed: i32) -> Time {
        Time {
            distance: i64::from(target - position),
            speed: i64::from(speed),
        }
    }

    fn cmp(self, other: Time) -> Ordering {
        (self.distance * other.speed).cmp(&(other.distance * self.speed))
    }
}

/// The reference: from the car nearest the target backwards, a car that would arrive strictly
/// later than the fleet ahead of it starts a new fleet; otherwise it catches up and joins.
pub fn reference(target: i32, position: Vec<i32>, speed: Vec<i32>) -> i32 {
    let mut cars: Vec<(i32, i32)> = position.into_iter().zip(speed).collect();
    cars.sort_unstable_by_key(|car| std::cmp::Reverse(car.0));
    let mut fleets = 0;
    let mut ahead: Option<Time> = None;
    for (p, s) in cars {
        let time = Time::of(target, p, s);
        if ahead.is_none_or(|fleet| time.cmp(fleet) == Ordering::Greater) {
            fleets += 1;
            ahead = Some(time);
        }
    }
    fleets
}

const MAX_N: usize = 100_000;
const MAX_TARGET: i32 = 1_000_000;
const MAX_SPEED: i32 = 1_000_000;

/// `n` distinct positions in `0..target`.
fn distinct_positions(n: usize, target: i32, gen: &mut Gen) -> Vec<i32> {
    let mut seen = HashSet::with_capacity(n);
    let mut positions = Vec::with_capacity(n);
    while positions.len() < n {
        let p = gen.int(0, i64::from(target) - 1) as i32;
        if seen.insert(p) {
            positions.push(p);
        }
    }
    positions
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["target", "position", "speed"];

    fn reference(input: Input) -> i32 {
        reference(input.target, input.position, input.speed)
    }

    /// A sweep in the other direction: cars from the latest arrival to the earliest. A car leads a
    /// fleet exactly when every car ahead of it arrives strictly earlier on its own, i.e. when it is
    /// ahead of every car that arrives later or at the same time.
    fn oracle(input: Input) -> i32 {
        let cars: Vec<(i32, Time)> = input
            .position
            .iter()
            .zip(&input.speed)
            .map(|(&p, &s)| (p, Time::of(input.target, p, s)))
            .collect();
        let mut order: Vec<usize> = (0..cars.len()).collect();
        order.sort_by(|&a, &b| cars[b].1.cmp(cars[a].1));
        let mut leaders = 0;
        let mut furthest_later = i32::MIN; // the furthest position among strictly later arrivals
        let mut start = 0;
        while start < order.len() {
            let mut end = start;
            while end < order.len() && cars[order[end]].1.cmp(cars[order[start]].1).is_eq() {
                end += 1;
            }
            // Among cars arriving at the same time, only the one furthest ahead can lead.
            let front = order[start..end].iter().map(|&i| cars[i].0).max().unwrap();
            if front > furthest_later {
                leaders += 1;
            }
            furthest_later = furthest_later.max(front);
            start = end;
        }
        leaders
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A small target and small speeds make equal arrival times (merging at the target) common.
        // Sometimes many cars (the oracle sorts them: up to 2000), never more than the target
        // has distinct positions.
        (
            gen::size(1..=12, 1000),
            prop_oneof![Just(12), Just(40), Just(MAX_TARGET)],
            prop_oneof![Just(4), Just(MAX_SPEED)],
        )
            .prop_flat_map(|(n, target, max_speed)| {
                let n = n.min(target as usize);
                (
                    Just(target),
                    prop::collection::vec(0..target, n),
                    prop::collection::vec(1..=max_speed, n),
                )
            })
            .prop_map(|(target, wanted, speed)| {
                // Each car takes its wanted position, or the next free one after it.
                let mut taken = HashSet::new();
                let position = wanted
                    .into_iter()
                    .map(|mut p| {
                        while !taken.insert(p) {
                            p = (p + 1) % target;
                        }
                        p
                    })
                    .collect();
                Input {
                    target,
                    position,
                    speed,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Equal speeds: nobody catches anybody, so "does any car ahead arrive no earlier?"
                // scans every car ahead of every car.
                name: "no car catches up: n fleets",
                max_n: MAX_N,
                generate: |n, gen| {
                    let speed = gen.int(1, MAX_SPEED.into()) as i32;
                    Input {
                        target: MAX_TARGET,
                        position: distinct_positions(n, MAX_TARGET, gen),
                        speed: vec![speed; n],
                    }
                },
            },
            StressFamily {
                // The car nearest the target is the slowest; every car behind is faster and joins.
                name: "one fleet: the front car is the slowest",
                max_n: MAX_N,
                generate: |n, gen| {
                    let position = distinct_positions(n, MAX_TARGET, gen);
                    let front = *position.iter().max().unwrap();
                    let speed = position
                        .iter()
                        .map(|&p| {
                            if p == front {
                                1
                            } else {
                                gen.int(MAX_SPEED as i64 / 2, MAX_SPEED.into()) as i32
                            }
                        })
                        .collect();
                    Input {
                        target: MAX_TARGET,
                        position,
                        speed,
                    }
                },
            },
            StressFamily {
                // Arrival times from a handful of values, so many cars reach the target together.
                name: "many cars arrive at exactly the same time",
                max_n: MAX_N,
                generate: |n, gen| {
                    let target = MAX_TARGET;
                    let mut seen = HashSet::with_capacity(n);
                    let (mut position, mut speed) = (Vec::with_capacity(n), Vec::with_capacity(n));
                    while position.len() < n {
                        let time = gen.int(1, 8);
                        let s = gen.int(1, i64::from(target) / time) as i32;
                        let p = target - (time as i32) * s;
                        if p >= 0 && seen.insert(p) {
                            position.push(p);
                            speed.push(s);
                        }
                    }
                    Input {
                        target,
                        position,
                        speed,
                    }
                },
            },
            StressFamily {
                name: "random positions and speeds",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    target: MAX_TARGET,
                    position: distinct_positions(n, MAX_TARGET, gen),
                    speed: gen.ints(n, 1, MAX_SPEED),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.position.len();
        constraint::length("position", n, 1..=MAX_N)?;
        if input.speed.len() != n {
            return Err(format!(
                "speed has length {} but position has length {n}; they must match",
                input.speed.len()
            ));
        }
        let target = input.target;
        if !(1..=MAX_TARGET).contains(&target) {
            return Err(format!("target = {target}; allowed 1..={MAX_TARGET}"));
        }
        constraint::each_within("position", &input.position, 0..=target - 1)?;
        constraint::each_within("speed", &input.speed, 1..=MAX_SPEED)?;
        let mut seen = HashSet::with_capacity(n);
        if let Some(twice) = input.position.iter().find(|p| !seen.insert(**p)) {
            return Err(format!(
                "position holds {twice} twice; positions must be distinct"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<i32>, Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.target, input.position, input.speed))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

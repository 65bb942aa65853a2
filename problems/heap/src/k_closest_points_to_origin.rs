//! K Closest Points to Origin (LeetCode 973). Target: O(n log k) with a max-heap of k points
//! (quickselect, O(n) on average, also meets it). Any order of the k points is accepted.

use std::collections::BTreeMap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub points: Vec<Vec<i32>>,
    pub k: i32,
}

pub struct Problem;

fn distance(point: &[i32]) -> i64 {
    let (x, y) = (i64::from(point[0]), i64::from(point[1]));
    x * x + y * y
}

/// The reference: selection by squared distance (std's introselect, O(n)), then the first k.
pub fn reference(mut points: Vec<Vec<i32>>, k: i32) -> Vec<Vec<i32>> {
    let k = k as usize;
    if k < points.len() {
        points.select_nth_unstable_by_key(k, |point| distance(point));
    }
    points.truncate(k);
    points
}

const MAX_N: usize = 10_000;
const MAX_COORDINATE: i32 = 10_000;

/// The points with their squared distances, nearest first.
fn by_distance(points: &[Vec<i32>]) -> Vec<(i64, &Vec<i32>)> {
    let mut sorted: Vec<(i64, &Vec<i32>)> = points.iter().map(|p| (distance(p), p)).collect();
    sorted.sort_unstable();
    sorted
}

/// Whether the k closest points are one multiset: the k-th and (k+1)-th distances differ, or
/// every point at the k-th distance is the same point.
fn unique_at(sorted: &[(i64, &Vec<i32>)], k: usize) -> bool {
    if k == sorted.len() || sorted[k - 1].0 < sorted[k].0 {
        return true;
    }
    let d = sorted[k - 1].0;
    let start = sorted.partition_point(|(e, _)| *e < d);
    let end = sorted.partition_point(|(e, _)| *e <= d);
    sorted[start..end]
        .iter()
        .all(|(_, p)| *p == sorted[start].1)
}

/// The values of `k` for which the answer is unique.
fn unique_ks(points: &[Vec<i32>]) -> Vec<i32> {
    let sorted = by_distance(points);
    (1..=sorted.len())
        .filter(|&k| unique_at(&sorted, k))
        .map(|k| k as i32)
        .collect()
}

/// The `k` with a unique answer that is closest to `wanted`.
fn k_near(points: &[Vec<i32>], wanted: usize) -> i32 {
    unique_ks(points)
        .into_iter()
        .min_by_key(|&k| (k as i64 - wanted as i64).abs())
        .expect("k = n always has a unique answer")
}

fn random_points(n: usize, bound: i32, gen: &mut Gen) -> Vec<Vec<i32>> {
    (0..n).map(|_| gen.ints(2, -bound, bound)).collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["points", "k"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.points, input.k)
    }

    fn oracle(input: Input) -> Vec<Vec<i32>> {
        // Sort every point by its true (floating-point) distance and keep the first k.
        let length = |p: &Vec<i32>| (f64::from(p[0]).powi(2) + f64::from(p[1]).powi(2)).sqrt();
        let mut points = input.points;
        points.sort_by(|a, b| length(a).total_cmp(&length(b)));
        points.truncate(input.k as usize);
        points
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small coordinates give equal distances ((3,4) and (5,0)) and repeated points; k is then
        // moved to a place where the answer is unique, as LeetCode promises.
        (
            1..=30usize,
            prop_oneof![Just(2), Just(5), Just(MAX_COORDINATE)],
        )
            .prop_flat_map(|(n, bound)| {
                (
                    prop::collection::vec(prop::collection::vec(-bound..=bound, 2), n),
                    0..n,
                )
            })
            .prop_map(|(points, wanted)| {
                let ks = unique_ks(&points);
                let k = ks[wanted % ks.len()];
                Input { points, k }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Picking the closest remaining point k times is O(n·k).
                name: "random points over the whole range, k near n/2",
                max_n: MAX_N,
                generate: |n, gen| {
                    let points = random_points(n, MAX_COORDINATE, gen);
                    let k = k_near(&points, n / 2);
                    Input { points, k }
                },
            },
            StressFamily {
                // Already in order of distance: a quickselect pivoting on the last point is O(n²).
                name: "on the x axis, nearest first, k = n/2",
                max_n: MAX_N,
                generate: |n, _| Input {
                    points: (0..n as i32).map(|i| vec![i, 0]).collect(),
                    k: (n / 2).max(1) as i32,
                },
            },
            StressFamily {
                // Every distance equal: a two-way partition does not shrink.
                name: "the same point n times, k = n/2",
                max_n: MAX_N,
                generate: |n, gen| {
                    let point = gen.ints(2, -MAX_COORDINATE, MAX_COORDINATE);
                    Input {
                        points: vec![point; n],
                        k: (n / 2).max(1) as i32,
                    }
                },
            },
            StressFamily {
                name: "random points, k = 1",
                max_n: MAX_N,
                generate: |n, gen| {
                    let points = random_points(n, MAX_COORDINATE, gen);
                    let k = k_near(&points, 1);
                    Input { points, k }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.points.len();
        constraint::length("points", n, 1..=MAX_N)?;
        for (i, point) in input.points.iter().enumerate() {
            if point.len() != 2 {
                return Err(format!(
                    "points[{i}] has {} coordinates; each point is [x, y]",
                    point.len()
                ));
            }
            constraint::each_within(
                &format!("points[{i}]"),
                point,
                -MAX_COORDINATE..=MAX_COORDINATE,
            )?;
        }
        if !(1..=n as i32).contains(&input.k) {
            return Err(format!("k = {}; allowed 1..={n}", input.k));
        }
        if !unique_at(&by_distance(&input.points), input.k as usize) {
            return Err(format!(
                "the answer is not unique: with k = {} the k-th and (k+1)-th closest points are different points at the same distance",
                input.k
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        if check::any_order(expected, got).is_ok() {
            return Ok(());
        }
        let counts = |points: &[Vec<i32>]| {
            let mut counts: BTreeMap<Vec<i32>, usize> = BTreeMap::new();
            for point in points {
                *counts.entry(point.clone()).or_default() += 1;
            }
            counts
        };
        let (given, want, have) = (counts(&input.points), counts(expected), counts(got));
        let mut problems = Vec::new();
        if got.len() != expected.len() {
            problems.push(format!(
                "expected {} points, got {}",
                expected.len(),
                got.len()
            ));
        }
        for (point, &n) in &have {
            let d2 = if point.len() == 2 {
                format!("distance² {}", distance(point))
            } else {
                "not a point".to_string()
            };
            let in_input = given.get(point).copied().unwrap_or(0);
            let wanted = want.get(point).copied().unwrap_or(0);
            if in_input == 0 {
                problems.push(format!("{point:?} is not one of the input points"));
            } else if wanted == 0 {
                problems.push(format!(
                    "{point:?} ({d2}) is not among the {} closest",
                    input.k
                ));
            } else if n > wanted {
                problems.push(format!(
                    "{point:?} appears {n} times; the input has it {in_input} time(s) and the answer {wanted}"
                ));
            }
        }
        for (point, &n) in &want {
            if have.get(point).copied().unwrap_or(0) < n {
                problems.push(format!(
                    "{point:?} (distance² {}) is missing",
                    distance(point)
                ));
            }
        }
        problems.truncate(4);
        Err(problems.join("; "))
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>, i32) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.points, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

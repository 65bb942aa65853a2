//! K-means by Lloyd's algorithm from given centroids, an ML coding drill. Target: O(n·k·d) per
//! iteration: assign every point to its nearest centroid, move every centroid to the mean of its
//! points, and stop when a reassignment changes nothing or after `max_iterations` updates. The
//! properties judged: every point belongs to its nearest returned centroid (ties to the lower
//! index); every centroid is finite (an empty cluster keeps its centroid); where the run converges
//! the answer is a fixed point (each centroid the mean of its points); and the centroids and
//! assignments are those of the run from the given centroids, within 1e-6.

use judge_engine::prelude::*;

use crate::real::{self, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub points: Vec<Vec<f64>>,
    pub centroids: Vec<Vec<f64>>,
    pub max_iterations: usize,
}

/// The final centroids (in the given order) and each point's centroid index, as the learner's
/// function returns them.
pub type Clustering = (Vec<Vec<f64>>, Vec<usize>);

/// The learner's function.
pub type KMeans = fn(Vec<Vec<f64>>, Vec<Vec<f64>>, usize) -> Clustering;

/// A clustering as it crosses to the referee.
pub type Answer = (Vec<Vec<Real>>, Vec<usize>);

pub struct Problem;

fn squared_distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
}

/// The nearest centroid; a strict `<` keeps the lower index on a tie.
fn nearest(point: &[f64], centroids: &[Vec<f64>]) -> usize {
    let mut best = (0, squared_distance(point, &centroids[0]));
    for (j, centroid) in centroids.iter().enumerate().skip(1) {
        let distance = squared_distance(point, centroid);
        if distance < best.1 {
            best = (j, distance);
        }
    }
    best.0
}

fn assign(points: &[Vec<f64>], centroids: &[Vec<f64>]) -> Vec<usize> {
    points.iter().map(|p| nearest(p, centroids)).collect()
}

/// Each centroid moved to the mean of its points (summed in the points' order, then divided by
/// their count); a centroid without points stays.
fn means(points: &[Vec<f64>], assignments: &[usize], centroids: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let d = centroids[0].len();
    let mut sums = vec![vec![0.0; d]; centroids.len()];
    let mut counts = vec![0usize; centroids.len()];
    for (point, &a) in points.iter().zip(assignments) {
        counts[a] += 1;
        for (sum, x) in sums[a].iter_mut().zip(point) {
            *sum += x;
        }
    }
    sums.into_iter()
        .zip(counts)
        .zip(centroids)
        .map(|((sum, count), old)| {
            if count == 0 {
                old
            } else {
                sum.into_iter().map(|s| s / count as f64).collect()
            }
        })
        .collect()
}

/// One run of Lloyd's algorithm, with what the checker says about it.
struct Run {
    centroids: Vec<Vec<f64>>,
    assignments: Vec<usize>,
    /// Updates of the centroids made.
    iterations: usize,
    /// Stopped because a reassignment changed nothing (a fixed point), not by `max_iterations`.
    converged: bool,
}

fn lloyd(points: &[Vec<f64>], mut centroids: Vec<Vec<f64>>, max_iterations: usize) -> Run {
    let mut assignments = assign(points, &centroids);
    for iteration in 1..=max_iterations {
        centroids = means(points, &assignments, centroids);
        let next = assign(points, &centroids);
        if next == assignments {
            return Run {
                centroids,
                assignments,
                iterations: iteration,
                converged: true,
            };
        }
        assignments = next;
    }
    Run {
        centroids,
        assignments,
        iterations: max_iterations,
        converged: false,
    }
}

/// The reference.
pub fn reference(
    points: Vec<Vec<f64>>,
    centroids: Vec<Vec<f64>>,
    max_iterations: usize,
) -> Clustering {
    let run = lloyd(&points, centroids, max_iterations);
    (run.centroids, run.assignments)
}

const MAX_N: usize = 10_000;
const MAX_K: usize = 16;
const MAX_D: usize = 8;
const MAX_ITERATIONS: usize = 100;
const MAX_COORDINATE: f64 = 1e3;
const TOLERANCE: f64 = 1e-6;

/// `n` points of `d` coordinates, each `spread` times a uniform value in -1..1, on a grid of
/// 1/1000.
fn noise(n: usize, d: usize, spread: f64, gen: &mut Gen) -> Vec<Vec<f64>> {
    (0..n)
        .map(|_| {
            (0..d)
                .map(|_| gen.int(-1000, 1000) as f64 / 1000.0 * spread)
                .collect()
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Answer;
    const PARAMETERS: &'static [&'static str] = &["points", "centroids", "max_iterations"];

    fn reference(input: Input) -> Answer {
        let (centroids, assignments) =
            reference(input.points, input.centroids, input.max_iterations);
        (real::matrix(centroids), assignments)
    }

    /// Lloyd's algorithm told the other way round: update from the current assignment, stop when
    /// no centroid moved, assign once at the end; clusters gathered by a scan each, and the
    /// nearest centroid as the minimum of (distance, index).
    fn oracle(input: Input) -> Answer {
        let Input {
            points,
            mut centroids,
            max_iterations,
        } = input;
        let nearest_of = |centroids: &[Vec<f64>]| -> Vec<usize> {
            points
                .iter()
                .map(|p| {
                    (0..centroids.len())
                        .min_by(|&a, &b| {
                            squared_distance(p, &centroids[a])
                                .total_cmp(&squared_distance(p, &centroids[b]))
                                .then(a.cmp(&b))
                        })
                        .expect("k >= 1")
                })
                .collect()
        };
        for _ in 0..max_iterations {
            let assignments = nearest_of(&centroids);
            let moved: Vec<Vec<f64>> = (0..centroids.len())
                .map(|j| {
                    let members: Vec<&Vec<f64>> = points
                        .iter()
                        .zip(&assignments)
                        .filter(|(_, &a)| a == j)
                        .map(|(p, _)| p)
                        .collect();
                    if members.is_empty() {
                        return centroids[j].clone();
                    }
                    (0..centroids[j].len())
                        .map(|c| {
                            let mut sum = 0.0;
                            for member in &members {
                                sum += member[c];
                            }
                            sum / members.len() as f64
                        })
                        .collect()
                })
                .collect();
            if moved == centroids {
                break;
            }
            centroids = moved;
        }
        let assignments = nearest_of(&centroids);
        (real::matrix(centroids), assignments)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Half-integer coordinates in a small box: points on top of each other, points halfway
        // between two centroids, duplicated and far-away initial centroids (empty clusters).
        (
            1..=12usize,
            1..=3usize,
            1..=4usize,
            0..=6usize,
            any::<u64>(),
        )
            .prop_map(|(n, d, k, max_iterations, seed)| {
                let mut gen = Gen::new(seed);
                let points: Vec<Vec<f64>> = (0..n)
                    .map(|_| (0..d).map(|_| gen.int(-6, 6) as f64 / 2.0).collect())
                    .collect();
                let centroids = (0..k)
                    .map(|_| {
                        if gen.chance(1, 2) {
                            points[gen.index(n)].clone()
                        } else {
                            (0..d).map(|_| gen.int(-10, 10) as f64 / 2.0).collect()
                        }
                    })
                    .collect();
                Input {
                    points,
                    centroids,
                    max_iterations,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // k = 16 separated blobs in 8 dimensions: few iterations, every distance costs d.
                name: "16 blobs in 8 dimensions, centroids started at the first 16 points",
                max_n: MAX_N,
                generate: |n, gen| {
                    let centres = noise(MAX_K, MAX_D, 900.0, gen);
                    let points: Vec<Vec<f64>> = (0..n)
                        .map(|i| {
                            let centre = &centres[i % MAX_K];
                            centre
                                .iter()
                                .map(|c| c + gen.int(-5000, 5000) as f64 / 100.0)
                                .collect()
                        })
                        .collect();
                    Input {
                        centroids: points.iter().take(MAX_K).cloned().collect(),
                        points,
                        max_iterations: MAX_ITERATIONS,
                    }
                },
            },
            StressFamily {
                // No cluster structure: the boundaries creep for many iterations, so the run is
                // usually stopped by max_iterations and must count them exactly.
                name: "uniform noise in 2-D, 16 centroids from random points, 100 iterations",
                max_n: MAX_N,
                generate: |n, gen| {
                    let points = noise(n, 2, MAX_COORDINATE, gen);
                    let centroids = (0..MAX_K).map(|_| points[gen.index(n)].clone()).collect();
                    Input {
                        points,
                        centroids,
                        max_iterations: MAX_ITERATIONS,
                    }
                },
            },
            StressFamily {
                // Every initial centroid twice, and two far away: clusters empty from the start.
                name: "duplicated and far-away initial centroids (empty clusters)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let points = noise(n, 3, 100.0, gen);
                    let mut centroids: Vec<Vec<f64>> = Vec::new();
                    for _ in 0..7 {
                        let point = points[gen.index(n)].clone();
                        centroids.push(point.clone());
                        centroids.push(point);
                    }
                    centroids.push(vec![MAX_COORDINATE; 3]);
                    centroids.push(vec![-MAX_COORDINATE; 3]);
                    Input {
                        points,
                        centroids,
                        max_iterations: MAX_ITERATIONS,
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("points", input.points.len(), 1..=MAX_N)?;
        constraint::length("centroids", input.centroids.len(), 1..=MAX_K)?;
        constraint::within("max_iterations", input.max_iterations, 0..=MAX_ITERATIONS)?;
        let d = input.points[0].len();
        constraint::length("points[0]", d, 1..=MAX_D)?;
        for (name, rows) in [("points", &input.points), ("centroids", &input.centroids)] {
            for (i, row) in rows.iter().enumerate() {
                if row.len() != d {
                    return Err(format!(
                        "{name}[{i}] has {} coordinates; points[0] has {d}",
                        row.len()
                    ));
                }
                constraint::each_within(
                    &format!("{name}[{i}]"),
                    row,
                    -MAX_COORDINATE..=MAX_COORDINATE,
                )?;
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Answer, got: &Answer) -> Checked {
        let (n, k, d) = (
            input.points.len(),
            input.centroids.len(),
            input.points[0].len(),
        );
        let (centroids, assignments) = got;
        if centroids.len() != k {
            return Err(format!(
                "there must be one centroid for each of the k = {k} given, in their order; got {}",
                centroids.len()
            ));
        }
        for (c, centroid) in centroids.iter().enumerate() {
            if centroid.len() != d {
                return Err(format!(
                    "centroid {c} has {} coordinates; the points have d = {d}",
                    centroid.len()
                ));
            }
            if let Some(x) = centroid.iter().find(|x| !x.0.is_finite()) {
                return Err(format!(
                    "centroid {c} has the coordinate {}: a centroid is a mean of points and always finite; a centroid whose cluster is empty must stay where it is (a mean over 0 points divides by zero)",
                    x.0
                ));
            }
        }
        if assignments.len() != n {
            return Err(format!(
                "there must be one assignment for each of the n = {n} points; got {}",
                assignments.len()
            ));
        }
        if let Some(i) = assignments.iter().position(|&a| a >= k) {
            return Err(format!(
                "point {i} is assigned to centroid {}, but the centroids are numbered 0..{k}",
                assignments[i]
            ));
        }
        let got_centroids: Vec<Vec<f64>> = centroids.iter().map(|c| real::floats(c)).collect();
        // Every point belongs to its nearest returned centroid, whatever the run did before.
        for (i, point) in input.points.iter().enumerate() {
            let (own, best) = (assignments[i], nearest(point, &got_centroids));
            if own == best {
                continue;
            }
            let own_distance = squared_distance(point, &got_centroids[own]);
            let best_distance = squared_distance(point, &got_centroids[best]);
            if own_distance > best_distance + TOLERANCE * (1.0 + best_distance) {
                return Err(format!(
                    "point {i} is assigned to centroid {own} (squared distance {own_distance}), but centroid {best} is nearer ({best_distance}): when the algorithm stops, every point belongs to its nearest centroid"
                ));
            }
            if own_distance == best_distance {
                return Err(format!(
                    "point {i} is exactly as near to centroid {best} as to centroid {own} (squared distance {best_distance}); a tie goes to the lower index, {best}"
                ));
            }
        }
        let run = lloyd(&input.points, input.centroids.clone(), input.max_iterations);
        if run.converged {
            if let Some(why) = not_a_fixed_point(&input.points, &got_centroids, assignments) {
                return Err(format!(
                    "not a fixed point: {why}; from the given centroids the algorithm reaches a fixed point after {} iteration(s), within max_iterations = {}, so it must not stop earlier",
                    run.iterations, input.max_iterations
                ));
            }
        }
        let (want_centroids, want_assignments) = expected;
        let how = if run.converged {
            format!(
                "the run from the given centroids reaches a fixed point after {} iteration(s)",
                run.iterations
            )
        } else {
            format!(
                "the run from the given centroids is stopped by max_iterations = {} before it converges: exactly {} updates of the centroids, each followed by a reassignment{}",
                input.max_iterations,
                input.max_iterations,
                if not_a_fixed_point(&input.points, &got_centroids, assignments).is_none() {
                    " (this answer is a fixed point: did the loop run past max_iterations?)"
                } else {
                    ""
                }
            )
        };
        for (c, (want, have)) in want_centroids.iter().zip(&got_centroids).enumerate() {
            if want
                .iter()
                .zip(have)
                .any(|(w, h)| !real::close(w.0, *h, TOLERANCE))
            {
                return Err(format!(
                    "{how}; then centroid {c} is at {}, got {} (tolerance {TOLERANCE:e})",
                    real::show(&real::floats(want)),
                    real::show(have)
                ));
            }
        }
        if let Some(i) = (0..n).find(|&i| want_assignments[i] != assignments[i]) {
            return Err(format!(
                "{how}; then point {i} belongs to centroid {}, got {}",
                want_assignments[i], assignments[i]
            ));
        }
        Ok(())
    }
}

/// The first non-empty cluster whose centroid is not the mean of its points, in words.
fn not_a_fixed_point(
    points: &[Vec<f64>],
    centroids: &[Vec<f64>],
    assignments: &[usize],
) -> Option<String> {
    let means = means(points, assignments, centroids.to_vec());
    (0..centroids.len()).find_map(|c| {
        let moved = means[c]
            .iter()
            .zip(&centroids[c])
            .any(|(m, x)| !real::close(*m, *x, TOLERANCE));
        moved.then(|| {
            let members = assignments.iter().filter(|&&a| a == c).count();
            format!(
                "centroid {c} is at {} but the mean of its {members} point(s) is {}",
                real::show(&centroids[c]),
                real::show(&means[c])
            )
        })
    })
}

/// The harness's entry point for this drill.
pub fn judge(solve: KMeans) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        let (centroids, assignments) = solve(input.points, input.centroids, input.max_iterations);
        (real::matrix(centroids), assignments)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    fn one_d(values: &[f64]) -> Vec<Vec<f64>> {
        values.iter().map(|&x| vec![x]).collect()
    }

    #[test]
    fn iterations_ties_and_empty_clusters() {
        let points = one_d(&[0.0, 2.0, 3.0, 9.0]);
        // Three updates reach the fixed point; one stops halfway.
        assert_eq!(
            reference(points.clone(), one_d(&[0.0, 2.0]), 10),
            (one_d(&[5.0 / 3.0, 9.0]), vec![0, 0, 0, 1])
        );
        assert_eq!(
            reference(points.clone(), one_d(&[0.0, 2.0]), 1),
            (one_d(&[0.0, 14.0 / 3.0]), vec![0, 0, 1, 1])
        );
        assert_eq!(
            reference(points, one_d(&[1.0, 2.0]), 0),
            (one_d(&[1.0, 2.0]), vec![0, 1, 1, 1])
        );
        // Duplicated centroids: the tie sends both points to centroid 0 first.
        assert_eq!(
            reference(
                vec![vec![1.0, 1.0], vec![2.0, 2.0]],
                vec![vec![1.0, 1.0], vec![1.0, 1.0]],
                10
            ),
            (vec![vec![2.0, 2.0], vec![1.0, 1.0]], vec![1, 0])
        );
        // A far centroid keeps no points and stays.
        assert_eq!(
            reference(one_d(&[0.0, 1.0]), one_d(&[0.0, 100.0]), 5),
            (one_d(&[0.5, 100.0]), vec![0, 0])
        );
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            points: one_d(&[0.0, 2.0, 3.0, 9.0]),
            centroids: one_d(&[0.0, 2.0]),
            max_iterations: 10,
        };
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        // Stopped after one iteration.
        let early = (real::matrix(one_d(&[1.0, 6.0])), vec![0, 0, 0, 1]);
        let why = Problem::check(&input, &expected, &early).unwrap_err();
        assert!(why.contains("not a fixed point"), "{why}");
        // A NaN centroid.
        let nan = (
            real::matrix(one_d(&[5.0 / 3.0, f64::NAN])),
            vec![0, 0, 0, 0],
        );
        let why = Problem::check(&input, &expected, &nan).unwrap_err();
        assert!(why.contains("must stay where it is"), "{why}");
        // Not the nearest centroid.
        let far = (real::matrix(one_d(&[5.0 / 3.0, 9.0])), vec![0, 0, 0, 0]);
        let why = Problem::check(&input, &expected, &far).unwrap_err();
        assert!(why.contains("point 3 is assigned to centroid 0"), "{why}");
        // Stopped by max_iterations: the exact count matters.
        let input = Input {
            max_iterations: 1,
            ..input
        };
        let expected = Problem::reference(input.clone());
        let why = Problem::check(&input, &expected, &early).unwrap_err();
        assert!(why.contains("stopped by max_iterations = 1"), "{why}");
    }
}

//! Detect Squares (LeetCode 2013), a design problem. Target: O(1) per add and O(n) per count for n
//! points added: a count per point, and for a query, every distinct point on its diagonal (same
//! distance in x and in y, not zero) closes a square with the two corners it implies.

use std::collections::HashMap;

use judge_engine::prelude::*;

/// The interface the judge calls; the harness adapts the learner's `DetectSquares` to it.
pub trait Api {
    fn add(&mut self, point: Vec<i32>);
    fn count(&mut self, point: Vec<i32>) -> i32;
}

/// The reference: how many times each point was added, and every point in the order added
/// (repeats included, so a count is O(n) for n points added, the target).
#[derive(Default)]
pub struct DiagonalCorners {
    counts: HashMap<(i32, i32), i64>,
    points: Vec<(i32, i32)>,
}

impl Api for DiagonalCorners {
    fn add(&mut self, point: Vec<i32>) {
        let key = (point[0], point[1]);
        *self.counts.entry(key).or_insert(0) += 1;
        self.points.push(key);
    }

    /// Each added copy of a point on the query's diagonal (not the query's own column) closes
    /// as many squares as the two other corners have copies.
    fn count(&mut self, point: Vec<i32>) -> i32 {
        let (x, y) = (point[0], point[1]);
        let corner = |key| self.counts.get(&key).copied().unwrap_or(0);
        let mut squares = 0;
        for &(px, py) in &self.points {
            if (px - x).abs() == (py - y).abs() && px != x {
                squares += corner((x, py)) * corner((px, y));
            }
        }
        squares as i32
    }
}

/// The oracle: every point added, in a list; a query tries every side length in all four
/// directions and counts each corner by scanning the list.
#[derive(Default)]
pub struct EverySide {
    points: Vec<(i32, i32)>,
}

impl Api for EverySide {
    fn add(&mut self, point: Vec<i32>) {
        self.points.push((point[0], point[1]));
    }

    fn count(&mut self, point: Vec<i32>) -> i32 {
        let (x, y) = (point[0], point[1]);
        let mut counts: HashMap<(i32, i32), i64> = HashMap::new();
        for &p in &self.points {
            *counts.entry(p).or_insert(0) += 1;
        }
        let times = |p| counts.get(&p).copied().unwrap_or(0);
        let mut squares = 0;
        for side in 1..=MAX_COORDINATE {
            for (dx, dy) in [(side, side), (side, -side), (-side, side), (-side, -side)] {
                squares += times((x + dx, y)) * times((x, y + dy)) * times((x + dx, y + dy));
            }
        }
        squares as i32
    }
}

pub struct Problem;

const MAX_CALLS: usize = 3000;
const MAX_COORDINATE: i32 = 1000;

/// The point argument of an operation, checked to be two coordinates.
fn point(arguments: &[Value]) -> Result<Vec<i32>, String> {
    let point: Vec<i32> = argument(arguments, 0)?;
    if point.len() != 2 {
        return Err(format!(
            "the point {point:?} has {} coordinates; a point is [x, y]",
            point.len()
        ));
    }
    Ok(point)
}

/// `adds` points from `place`, then counts at points from `query` until `calls` operations.
fn adds_then_counts(
    calls: usize,
    adds: usize,
    gen: &mut Gen,
    mut place: impl FnMut(&mut Gen, usize) -> (i32, i32),
    mut query: impl FnMut(&mut Gen) -> (i32, i32),
) -> Sequence {
    let mut sequence = Sequence::new("DetectSquares");
    for i in 0..calls {
        if i < adds {
            let (x, y) = place(gen, i);
            sequence.push("add", vec![json!([x, y])]);
        } else {
            let (x, y) = query(gen);
            sequence.push("count", vec![json!([x, y])]);
        }
    }
    sequence
}

fn random_point(gen: &mut Gen) -> (i32, i32) {
    (
        gen.int(0, i64::from(MAX_COORDINATE)) as i32,
        gen.int(0, i64::from(MAX_COORDINATE)) as i32,
    )
}

impl DesignProblem for Problem {
    type Api = dyn Api;
    const CLASS: &'static str = "DetectSquares";

    fn reference(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<DiagonalCorners>::default()
    }

    fn oracle(_constructor: &[Value]) -> Box<dyn Api> {
        Box::<EverySide>::default()
    }

    fn call(object: &mut Self::Api, operation: &str, arguments: &[Value]) -> Result<Value, String> {
        Ok(match operation {
            "add" => {
                object.add(point(arguments)?);
                Value::Null
            }
            "count" => Value::from(object.count(point(arguments)?)),
            other => return Err(format!("DetectSquares has no operation `{other}`")),
        })
    }

    fn strategy() -> BoxedStrategy<Sequence> {
        // Coordinates 0..=3 (or one spread of three values), so that squares, repeated points and
        // points equal to the query are common.
        let coordinate = prop_oneof![0..=3i32, prop::sample::select(vec![0, 7, 1000])];
        (
            prop::collection::vec(
                (any::<bool>(), any::<bool>(), coordinate.clone(), coordinate),
                1..40,
            ),
            any::<bool>(),
        )
            .prop_map(|(calls, _)| {
                let mut sequence = Sequence::new("DetectSquares");
                for (add, again, x, y) in calls {
                    let operation = if add || again { "add" } else { "count" };
                    sequence.push(operation, vec![json!([x, y])]);
                }
                sequence
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Sequence>> {
        vec![
            StressFamily {
                // Trying every pair of points for each count is O(n²) a count.
                name: "2,000 random points, then 1,000 counts",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    adds_then_counts(n, n * 2 / 3, gen, |g, _| random_point(g), random_point)
                },
            },
            StressFamily {
                name: "the corners of a few squares added many times, then counts at corners",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let corners = [
                        (0, 0),
                        (0, 500),
                        (500, 0),
                        (500, 500),
                        (1000, 1000),
                        (1000, 500),
                        (500, 1000),
                    ];
                    adds_then_counts(
                        n,
                        n * 2 / 3,
                        gen,
                        |g, _| corners[g.index(corners.len())],
                        |g| corners[g.index(corners.len())],
                    )
                },
            },
            StressFamily {
                name: "points along one column, one row and the diagonal of the queries",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    adds_then_counts(
                        n,
                        n / 2,
                        gen,
                        |g, i| {
                            let d = 1 + (i as i32 % MAX_COORDINATE);
                            match g.index(3) {
                                0 => (0, d),
                                1 => (d, 0),
                                _ => (d, d),
                            }
                        },
                        |_| (0, 0),
                    )
                },
            },
            StressFamily {
                name: "adds and counts interleaved, random points",
                max_n: MAX_CALLS,
                generate: |n, gen| {
                    let mut sequence = Sequence::new("DetectSquares");
                    for _ in 0..n {
                        let (x, y) = random_point(gen);
                        let operation = if gen.chance(1, 2) { "add" } else { "count" };
                        sequence.push(operation, vec![json!([x, y])]);
                    }
                    sequence
                },
            },
        ]
    }

    fn validate(sequence: &Sequence) -> Result<(), String> {
        let calls = sequence.len() - 1;
        if calls > MAX_CALLS {
            return Err(format!("{calls} calls; at most {MAX_CALLS} are made"));
        }
        for (i, (operation, arguments)) in sequence
            .operations
            .iter()
            .zip(&sequence.arguments)
            .enumerate()
            .skip(1)
        {
            if operation != "add" && operation != "count" {
                return Err(format!("operation {i}: unknown operation `{operation}`"));
            }
            let p = point(arguments).map_err(|e| format!("operation {i}: {e}"))?;
            if p.iter().any(|c| !(0..=MAX_COORDINATE).contains(c)) {
                return Err(format!(
                    "operation {i}: {operation}({p:?}); LeetCode keeps 0 <= x, y <= {MAX_COORDINATE}"
                ));
            }
        }
        Ok(())
    }
}

/// The reference as the judge runs it when verifying the problem.
pub fn reference() -> Box<dyn Api> {
    Problem::reference(&[])
}

/// The harness's entry point: `new` builds the learner's DetectSquares behind the interface.
pub fn judge(new: fn() -> Box<dyn Api>) -> ! {
    judge_engine::judge::<Design<Problem>>(&|sequence: Sequence| {
        judge_engine::design::run_owned::<Problem>(new(), sequence)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Design<Problem>);

    /// A declared submission's `DetectSquares` (private, as LeetCode writes it), with an adapter
    /// to the judge's interface written inside its module.
    macro_rules! design_submission {
        ($name:ident, $path:literal) => {
            #[allow(clippy::all, unused)]
            mod $name {
                include!($path);

                struct Adapter(DetectSquares);

                impl crate::detect_squares::Api for Adapter {
                    fn add(&mut self, point: Vec<i32>) {
                        self.0.add(point);
                    }
                    fn count(&mut self, point: Vec<i32>) -> i32 {
                        self.0.count(point)
                    }
                }

                pub fn new() -> Box<dyn crate::detect_squares::Api> {
                    Box::new(Adapter(DetectSquares::new()))
                }
            }
        };
    }

    design_submission!(
        wrong_zero_area,
        "../../submissions/math_geometry/detect_squares/wrong_zero_area.rs"
    );
    design_submission!(
        wrong_set_ignores_repeats,
        "../../submissions/math_geometry/detect_squares/wrong_set_ignores_repeats.rs"
    );

    #[test]
    fn the_random_sequences_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Design<Problem>>(|sequence: Sequence| {
                judge_engine::design::run_sequence::<Problem>(wrong_zero_area::new(), &sequence)
            }),
            "wrong_zero_area"
        );
        assert!(
            crate::strategy_refutes::<Design<Problem>>(|sequence: Sequence| {
                judge_engine::design::run_sequence::<Problem>(
                    wrong_set_ignores_repeats::new(),
                    &sequence,
                )
            }),
            "wrong_set_ignores_repeats"
        );
    }

    #[test]
    fn the_example() {
        let mut squares = DiagonalCorners::default();
        squares.add(vec![3, 10]);
        squares.add(vec![11, 2]);
        squares.add(vec![3, 2]);
        assert_eq!(squares.count(vec![11, 10]), 1);
        assert_eq!(squares.count(vec![14, 8]), 0);
        squares.add(vec![11, 2]);
        assert_eq!(squares.count(vec![11, 10]), 2);
    }

    #[test]
    fn a_point_equal_to_the_query_is_no_square() {
        let mut squares = DiagonalCorners::default();
        for _ in 0..3 {
            squares.add(vec![5, 5]);
        }
        assert_eq!(squares.count(vec![5, 5]), 0);
    }

    #[test]
    fn stress_sequences_are_valid() {
        for family in Problem::stress() {
            let sequence = (family.generate)(family.max_n, &mut Gen::new(2));
            assert_eq!(
                <Design<Problem> as FunctionProblem>::validate(&sequence),
                Ok(()),
                "{}",
                family.name
            );
        }
    }
}

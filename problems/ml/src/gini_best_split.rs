//! The best Gini split of one feature, an ML coding drill (the step a decision tree repeats at
//! every node). Target: O(n log n): sort once by the feature, then sweep the thresholds from left
//! to right, moving one point at a time from the right side's class counts to the left's. The
//! properties judged: the threshold is the midpoint between two neighbouring distinct feature
//! values; the impurity reported is the weighted Gini impurity of the split at that threshold;
//! and no split has a lower impurity (within 1e-9). Which of several equally good thresholds is
//! returned is not judged: see the data file for why.

use judge_engine::prelude::*;

use crate::real::Real;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub feature: Vec<f64>,
    pub labels: Vec<i32>,
}

pub struct Problem;

/// The reference: one sort, then a sweep keeping each side's sum of squared class counts, so
/// that every threshold's impurity costs O(1).
pub fn reference(feature: Vec<f64>, labels: Vec<i32>) -> (f64, f64) {
    let n = feature.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| feature[a].total_cmp(&feature[b]));
    let classes = labels.iter().copied().max().unwrap_or(0) as usize + 1;
    let mut right = vec![0u64; classes];
    for &label in &labels {
        right[label as usize] += 1;
    }
    let mut left = vec![0u64; classes];
    let mut left_squares = 0u64;
    let mut right_squares: u64 = right.iter().map(|c| c * c).sum();
    let mut best = (f64::NAN, f64::INFINITY);
    for w in 0..n - 1 {
        let class = labels[order[w]] as usize;
        // (c + 1)^2 - c^2 = 2c + 1 and c^2 - (c - 1)^2 = 2c - 1.
        left_squares += 2 * left[class] + 1;
        left[class] += 1;
        right_squares -= 2 * right[class] - 1;
        right[class] -= 1;
        let (here, next) = (feature[order[w]], feature[order[w + 1]]);
        if here == next {
            continue; // equal values stay on the same side
        }
        let impurity = impurity(
            left_squares,
            w as u64 + 1,
            right_squares,
            (n - w - 1) as u64,
        );
        if impurity < best.1 {
            best = ((here + next) / 2.0, impurity);
        }
    }
    best
}

/// The weighted Gini impurity of a split from each side's sum of squared class counts and size:
/// (nl/n)(1 - sl/nl^2) + (nr/n)(1 - sr/nr^2) = 1 - (sl/nl + sr/nr)/n.
fn impurity(left_squares: u64, left_size: u64, right_squares: u64, right_size: u64) -> f64 {
    let n = (left_size + right_size) as f64;
    1.0 - (left_squares as f64 / left_size as f64 + right_squares as f64 / right_size as f64) / n
}

/// The split at `threshold`: the class counts of the points with a feature value at most the
/// threshold, and of the rest.
fn sides(input: &Input, threshold: f64) -> (Vec<u64>, Vec<u64>) {
    let classes = input.labels.iter().copied().max().unwrap_or(0) as usize + 1;
    let (mut left, mut right) = (vec![0u64; classes], vec![0u64; classes]);
    for (&x, &label) in input.feature.iter().zip(&input.labels) {
        if x <= threshold {
            left[label as usize] += 1;
        } else {
            right[label as usize] += 1;
        }
    }
    (left, right)
}

/// The Gini impurity of one side, from its class counts, as the textbook writes it.
fn gini(counts: &[u64]) -> f64 {
    let size: u64 = counts.iter().sum();
    1.0 - counts
        .iter()
        .map(|&c| (c as f64 / size as f64).powi(2))
        .sum::<f64>()
}

const MAX_N: usize = 100_000;
const MAX_LABEL: i32 = 9;
const MAX_VALUE: f64 = 1e6;
const TOLERANCE: f64 = 1e-9;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = (Real, Real);
    const PARAMETERS: &'static [&'static str] = &["feature", "labels"];

    fn reference(input: Input) -> (Real, Real) {
        let (threshold, impurity) = reference(input.feature, input.labels);
        (Real(threshold), Real(impurity))
    }

    /// Every midpoint between neighbouring distinct values, each side counted from scratch and
    /// weighed with the textbook formula; the first lowest wins.
    fn oracle(input: Input) -> (Real, Real) {
        let mut values = input.feature.clone();
        values.sort_by(f64::total_cmp);
        values.dedup_by(|a, b| a == b);
        let n = input.feature.len() as f64;
        let mut best = (f64::NAN, f64::INFINITY);
        for pair in values.windows(2) {
            let threshold = (pair[0] + pair[1]) / 2.0;
            let (left, right) = sides(&input, threshold);
            let (nl, nr) = (left.iter().sum::<u64>(), right.iter().sum::<u64>());
            let weighted = nl as f64 / n * gini(&left) + nr as f64 / n * gini(&right);
            if weighted < best.1 {
                best = (threshold, weighted);
            }
        }
        (Real(best.0), Real(best.1))
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A handful of distinct values and two or three classes: duplicated values (which must
        // stay on one side) and tied splits are common.
        (2..=12usize, 2..=3i32, any::<u64>())
            .prop_map(|(n, classes, seed)| {
                let mut gen = Gen::new(seed);
                let mut feature: Vec<f64> = (0..n).map(|_| gen.int(-3, 3) as f64 / 2.0).collect();
                if feature.iter().all(|&x| x == feature[0]) {
                    feature[gen.index(n)] += 1.0;
                }
                Input {
                    feature,
                    labels: gen.ints(n, 0, classes - 1),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // 1000 distinct values: recounting both sides per threshold is 10^3 passes.
                name: "1000 distinct values, many duplicates, 2 classes",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let mut feature: Vec<f64> =
                        (0..n).map(|_| gen.int(0, 999) as f64 / 10.0).collect();
                    feature[0] = 0.0;
                    feature[1] = 99.9;
                    Input {
                        feature,
                        labels: gen.ints(n, 0, 1),
                    }
                },
            },
            StressFamily {
                // Every value distinct: n - 1 thresholds, so recounting is quadratic.
                name: "distinct values in random order, 10 classes drifting with the feature",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let feature: Vec<f64> = (0..n)
                        .map(|i| (i as f64 * 7.0 - n as f64 * 3.5) + gen.int(0, 6) as f64 / 8.0)
                        .collect();
                    let labels: Vec<i32> = (0..n)
                        .map(|i| {
                            let drift = (i * 10 / n) as i64;
                            (drift + gen.int(-1, 1)).clamp(0, i64::from(MAX_LABEL)) as i32
                        })
                        .collect();
                    // In a random order, so that the sort has work to do.
                    let mut examples: Vec<(f64, i32)> = feature.into_iter().zip(labels).collect();
                    for i in (1..n).rev() {
                        examples.swap(i, gen.index(i + 1));
                    }
                    let (feature, labels) = examples.into_iter().unzip();
                    Input { feature, labels }
                },
            },
            StressFamily {
                name: "values across the whole range, 3 classes",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let mut feature: Vec<f64> = (0..n)
                        .map(|_| gen.int(-1_000_000, 1_000_000) as f64)
                        .collect();
                    feature[0] = -MAX_VALUE;
                    feature[1] = MAX_VALUE;
                    Input {
                        feature,
                        labels: gen.ints(n, 0, 2),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.feature.len();
        constraint::length("feature", n, 2..=MAX_N)?;
        constraint::length("labels", input.labels.len(), n..=n)?;
        constraint::each_within("labels", &input.labels, 0..=MAX_LABEL)?;
        constraint::each_within("feature", &input.feature, -MAX_VALUE..=MAX_VALUE)?;
        if input.feature.iter().all(|&x| x == input.feature[0]) {
            return Err(format!(
                "every feature value is {}: there is no split; at least two distinct values are needed",
                input.feature[0]
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &(Real, Real), got: &(Real, Real)) -> Checked {
        let ((Real(threshold), Real(reported)), (Real(best_threshold), Real(lowest))) =
            (*got, *expected);
        if !threshold.is_finite() || !reported.is_finite() {
            return Err(format!(
                "the threshold and the impurity must be finite numbers; got ({threshold}, {reported})"
            ));
        }
        // The neighbouring feature values around the threshold.
        let below = input
            .feature
            .iter()
            .copied()
            .filter(|&x| x <= threshold)
            .max_by(f64::total_cmp);
        let above = input
            .feature
            .iter()
            .copied()
            .filter(|&x| x > threshold)
            .min_by(f64::total_cmp);
        let (Some(below), Some(above)) = (below, above) else {
            return Err(format!(
                "the threshold {threshold} puts every point on one side (values <= {threshold} go left); a split needs points on both sides"
            ));
        };
        let midpoint = (below + above) / 2.0;
        if (threshold - midpoint).abs() > TOLERANCE * midpoint.abs().max(1.0) {
            return Err(format!(
                "the threshold must be the midpoint between two neighbouring distinct feature values: {threshold} lies between {below} and {above}, whose midpoint is {midpoint}{}",
                if threshold == below {
                    format!(" ({threshold} is a feature value itself)")
                } else {
                    String::new()
                }
            ));
        }
        let (left, right) = sides(input, threshold);
        let (nl, nr) = (left.iter().sum::<u64>(), right.iter().sum::<u64>());
        let squares = |counts: &[u64]| counts.iter().map(|c| c * c).sum::<u64>();
        let actual = impurity(squares(&left), nl, squares(&right), nr);
        if (reported - actual).abs() > TOLERANCE {
            return Err(format!(
                "the impurity reported, {reported}, is not the weighted Gini impurity of the split at {threshold}: the left side (values <= {threshold}) has {nl} point(s) with class counts {left:?} and Gini {}, the right side {nr} with {right:?} and Gini {}, so ({nl}/{n})·{} + ({nr}/{n})·{} = {actual}",
                gini(&left),
                gini(&right),
                gini(&left),
                gini(&right),
                n = nl + nr
            ));
        }
        if actual > lowest + TOLERANCE {
            return Err(format!(
                "the split at {threshold} has weighted Gini impurity {actual}, but the split at {best_threshold} has {lowest}: the answer must be a split with the lowest impurity"
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<f64>, Vec<i32>) -> (f64, f64)) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        let (threshold, impurity) = solve(input.feature, input.labels);
        (Real(threshold), Real(impurity))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn midpoints_weights_and_duplicates() {
        assert_eq!(
            reference(vec![1.0, 2.0, 3.0, 4.0], vec![0, 0, 1, 1]),
            (2.5, 0.0)
        );
        // The two 2.0s stay together: 2.5 (4/15) beats 1.5 (0.3) and 4 (0.4).
        let (threshold, impurity) = reference(vec![2.0, 1.0, 3.0, 2.0, 5.0], vec![1, 0, 1, 0, 1]);
        assert_eq!(threshold, 2.5);
        assert!((impurity - 4.0 / 15.0).abs() < 1e-12);
        // Only one candidate.
        let (threshold, impurity) = reference(vec![7.0, 7.0, 7.0, 9.0], vec![0, 1, 0, 1]);
        assert_eq!(threshold, 8.0);
        assert!((impurity - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            feature: vec![2.0, 1.0, 3.0, 2.0, 5.0],
            labels: vec![1, 0, 1, 0, 1],
        };
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        let why = Problem::check(&input, &expected, &(Real(2.0), Real(0.2))).unwrap_err();
        assert!(why.contains("is a feature value itself"), "{why}");
        let why = Problem::check(&input, &expected, &(Real(2.5), Real(0.2))).unwrap_err();
        assert!(why.contains("not the weighted Gini impurity"), "{why}");
        let why = Problem::check(&input, &expected, &(Real(1.5), Real(0.3))).unwrap_err();
        assert!(why.contains("the lowest impurity"), "{why}");
        let why = Problem::check(&input, &expected, &(Real(9.0), Real(0.3))).unwrap_err();
        assert!(why.contains("puts every point on one side"), "{why}");
        // Tied splits: either is accepted.
        let input = Input {
            feature: vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
            labels: vec![0, 0, 1, 1, 2, 2],
        };
        let expected = Problem::reference(input.clone());
        let third = Real(1.0 / 3.0);
        assert!(Problem::check(&input, &expected, &(Real(2.5), third)).is_ok());
        assert!(Problem::check(&input, &expected, &(Real(4.5), third)).is_ok());
    }
}

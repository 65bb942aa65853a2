//! Confusion matrix, precision, recall and F1, an ML coding drill. Target: O(n + C^2): one pass
//! over the examples fills the C x C matrix (row = true class, column = predicted class), then
//! each class's precision, recall and F1 come from its diagonal entry and its column and row
//! sums. A zero denominator gives 0, as scikit-learn's `zero_division=0` does. Judged by the
//! matrix's properties (it counts every example once; row c sums to the examples of true class c,
//! column c to those predicted c), then exactly against the reference's matrix and within 1e-12
//! for the rates.

use std::collections::HashMap;

use judge_engine::prelude::*;

use crate::real::{self, floats, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub y_true: Vec<i32>,
    pub y_pred: Vec<i32>,
    pub num_classes: usize,
}

pub struct Problem;

/// `(matrix, precision, recall, f1)`.
pub type Metrics = (Vec<Vec<i32>>, Vec<f64>, Vec<f64>, Vec<f64>);
/// [`Metrics`] as it crosses to the referee, NaN included (see `real.rs`).
pub type Answer = (Vec<Vec<i32>>, Vec<Real>, Vec<Real>, Vec<Real>);

/// `a / b`, or 0 when `b` is 0.
fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

/// The reference: one pass for the matrix, then the rates from it.
pub fn reference(y_true: Vec<i32>, y_pred: Vec<i32>, num_classes: usize) -> Metrics {
    let mut matrix = vec![vec![0i32; num_classes]; num_classes];
    for (&t, &p) in y_true.iter().zip(&y_pred) {
        matrix[t as usize][p as usize] += 1;
    }
    let (mut precision, mut recall, mut f1) = (vec![], vec![], vec![]);
    for c in 0..num_classes {
        let hits = f64::from(matrix[c][c]);
        let predicted: i32 = matrix.iter().map(|row| row[c]).sum();
        let actual: i32 = matrix[c].iter().sum();
        let (p, r) = (ratio(hits, predicted.into()), ratio(hits, actual.into()));
        precision.push(p);
        recall.push(r);
        f1.push(ratio(2.0 * p * r, p + r));
    }
    (matrix, precision, recall, f1)
}

/// The matrix from a map of (true, predicted) pairs; each class's true positives, false
/// positives and false negatives counted over the examples; F1 as 2TP / (2TP + FP + FN).
fn oracle(input: &Input) -> Metrics {
    let c = input.num_classes;
    let mut pairs: HashMap<(i32, i32), i32> = HashMap::new();
    for (&t, &p) in input.y_true.iter().zip(&input.y_pred) {
        *pairs.entry((t, p)).or_default() += 1;
    }
    let matrix = (0..c as i32)
        .map(|t| {
            (0..c as i32)
                .map(|p| pairs.get(&(t, p)).copied().unwrap_or(0))
                .collect()
        })
        .collect();
    let (mut precision, mut recall, mut f1) = (vec![], vec![], vec![]);
    for class in 0..c as i32 {
        let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
        for (&t, &p) in input.y_true.iter().zip(&input.y_pred) {
            match (t == class, p == class) {
                (true, true) => tp += 1.0,
                (false, true) => fp += 1.0,
                (true, false) => fn_ += 1.0,
                (false, false) => {}
            }
        }
        precision.push(ratio(tp, tp + fp));
        recall.push(ratio(tp, tp + fn_));
        f1.push(ratio(2.0 * tp, 2.0 * tp + fp + fn_));
    }
    (matrix, precision, recall, f1)
}

fn answer((matrix, precision, recall, f1): Metrics) -> Answer {
    (
        matrix,
        real::row(precision),
        real::row(recall),
        real::row(f1),
    )
}

const MAX_N: usize = 100_000;
const MAX_CLASSES: usize = 100;
const TOLERANCE: f64 = 1e-12;

/// The properties of a confusion matrix of `input`.
fn check_matrix(input: &Input, expected: &[Vec<i32>], matrix: &[Vec<i32>]) -> Checked {
    let c = input.num_classes;
    if matrix.len() != c || matrix.iter().any(|row| row.len() != c) {
        return Err(format!(
            "the confusion matrix must be num_classes x num_classes = {c} x {c}; got {} rows of lengths {:?}",
            matrix.len(),
            matrix.iter().map(Vec::len).collect::<Vec<_>>()
        ));
    }
    let total: i64 = matrix.iter().flatten().map(|&v| i64::from(v)).sum();
    if let Some((t, p)) = (0..c)
        .flat_map(|t| (0..c).map(move |p| (t, p)))
        .find(|&(t, p)| matrix[t][p] < 0)
    {
        return Err(format!(
            "a confusion matrix holds counts; matrix[{t}][{p}] is {}",
            matrix[t][p]
        ));
    }
    if total != input.y_true.len() as i64 {
        return Err(format!(
            "the confusion matrix counts every example exactly once: its entries must sum to n = {}; they sum to {total}",
            input.y_true.len()
        ));
    }
    let transposed = (0..c).all(|t| (0..c).all(|p| matrix[t][p] == expected[p][t]));
    for (class, counts) in matrix.iter().enumerate() {
        let actual = input
            .y_true
            .iter()
            .filter(|&&t| t as usize == class)
            .count();
        let row: i64 = counts.iter().map(|&v| i64::from(v)).sum();
        if row != actual as i64 {
            return Err(format!(
                "row {class} of the confusion matrix counts the examples whose true class is {class}: it sums to {row}, but {actual} examples have true class {class}{}",
                if transposed {
                    " (this matrix is the transpose of the right one: rows are true classes, columns predicted ones)"
                } else {
                    ""
                }
            ));
        }
    }
    for t in 0..c {
        for p in 0..c {
            if matrix[t][p] != expected[t][p] {
                return Err(format!(
                    "matrix[{t}][{p}] counts the examples of true class {t} predicted as {p}: {}; got {}",
                    expected[t][p], matrix[t][p]
                ));
            }
        }
    }
    Ok(())
}

/// The matrix's properties, then each rate: finite, in [0, 1], and the reference's.
fn check_metrics(input: &Input, expected: &Metrics, got: &Metrics) -> Checked {
    check_matrix(input, &expected.0, &got.0)?;
    let c = input.num_classes;
    let matrix = &expected.0;
    let rates = [
        ("precision", &got.1, &expected.1),
        ("recall", &got.2, &expected.2),
        ("f1", &got.3, &expected.3),
    ];
    for (name, values, wanted) in rates {
        if values.len() != c {
            return Err(format!(
                "{name} must have one value per class, {c}; got {}",
                values.len()
            ));
        }
        for class in 0..c {
            let hits = matrix[class][class];
            let predicted: i32 = matrix.iter().map(|row| row[class]).sum();
            let actual: i32 = matrix[class].iter().sum();
            let definition = match name {
                "precision" if predicted == 0 => format!(
                    "no example is predicted as class {class}, so its precision is 0 by definition (0 / 0)"
                ),
                "precision" => format!(
                    "precision = matrix[{class}][{class}] / (column {class}'s sum) = {hits} / {predicted}"
                ),
                "recall" if actual == 0 => format!(
                    "no example has true class {class}, so its recall is 0 by definition (0 / 0)"
                ),
                "recall" => format!(
                    "recall = matrix[{class}][{class}] / (row {class}'s sum) = {hits} / {actual}"
                ),
                _ if wanted[class] == 0.0 => format!(
                    "precision and recall of class {class} are {} and {}, so F1 = 2PR / (P + R) is 0 (taken as 0 when P + R = 0)",
                    expected.1[class], expected.2[class]
                ),
                _ => format!(
                    "F1 = 2 * precision * recall / (precision + recall) = 2 * {} * {} / ({} + {})",
                    expected.1[class], expected.2[class], expected.1[class], expected.2[class]
                ),
            };
            let value = values[class];
            if !value.is_finite() || (value - wanted[class]).abs() > TOLERANCE {
                return Err(format!(
                    "{name}[{class}] must be {}; got {value} ({definition})",
                    wanted[class]
                ));
            }
        }
    }
    Ok(())
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Answer;
    const PARAMETERS: &'static [&'static str] = &["y_true", "y_pred", "num_classes"];

    fn reference(input: Input) -> Answer {
        answer(reference(input.y_true, input.y_pred, input.num_classes))
    }

    fn oracle(input: Input) -> Answer {
        answer(oracle(&input))
    }

    fn strategy() -> BoxedStrategy<Input> {
        (2..=4usize, 1..=12usize, 0..=2u32, any::<u64>())
            .prop_map(|(num_classes, n, skill, seed)| {
                let mut gen = Gen::new(seed);
                let top = num_classes as i64 - 1;
                let y_true: Vec<i32> = (0..n).map(|_| gen.int(0, top) as i32).collect();
                // A predictor that is right with some skill, and otherwise guesses: with few
                // examples, some classes are never predicted or never occur.
                let y_pred = y_true
                    .iter()
                    .map(|&t| {
                        if gen.chance(u64::from(skill), 3) {
                            t
                        } else {
                            gen.int(0, top) as i32
                        }
                    })
                    .collect();
                Input {
                    y_true,
                    y_pred,
                    num_classes,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        fn examples(n: usize, num_classes: usize, gen: &mut Gen, skill: u64) -> Input {
            let top = num_classes as i64 - 1;
            let y_true: Vec<i32> = (0..n.max(1)).map(|_| gen.int(0, top) as i32).collect();
            let y_pred = y_true
                .iter()
                .map(|&t| {
                    if gen.chance(skill, 100) {
                        t
                    } else {
                        gen.int(0, top) as i32
                    }
                })
                .collect();
            Input {
                y_true,
                y_pred,
                num_classes,
            }
        }
        vec![
            StressFamily {
                // Counting each cell with a pass over the data is 10^4 passes here.
                name: "100 classes, a predictor right 70% of the time",
                max_n: MAX_N,
                generate: |n, gen| examples(n, MAX_CLASSES, gen, 70),
            },
            StressFamily {
                name: "binary, a predictor right 90% of the time",
                max_n: MAX_N,
                generate: |n, gen| examples(n, 2, gen, 90),
            },
            StressFamily {
                name: "100 classes, every prediction class 0",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut input = examples(n, MAX_CLASSES, gen, 0);
                    input.y_pred.iter_mut().for_each(|p| *p = 0);
                    input
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.y_true.len();
        constraint::length("y_true", n, 1..=MAX_N)?;
        if input.y_pred.len() != n {
            return Err(format!("{} predictions for {n} labels", input.y_pred.len()));
        }
        constraint::within("num_classes", input.num_classes, 2..=MAX_CLASSES)?;
        let top = input.num_classes as i32 - 1;
        constraint::each_within("y_true", &input.y_true, 0..=top)?;
        constraint::each_within("y_pred", &input.y_pred, 0..=top)
    }

    fn check(input: &Input, expected: &Answer, got: &Answer) -> Checked {
        let metrics =
            |a: &Answer| -> Metrics { (a.0.clone(), floats(&a.1), floats(&a.2), floats(&a.3)) };
        check_metrics(input, &metrics(expected), &metrics(got))
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<i32>, Vec<i32>, usize) -> Metrics) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        answer(solve(input.y_true, input.y_pred, input.num_classes))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn a_binary_example_and_empty_classes() {
        let (m, p, r, f) = reference(vec![0, 1, 1, 0, 1], vec![0, 1, 0, 0, 1], 2);
        assert_eq!(m, vec![vec![2, 0], vec![1, 2]]);
        assert_eq!((p[1], r[0]), (1.0, 1.0));
        assert!((f[0] - 0.8).abs() < 1e-15 && (f[1] - 0.8).abs() < 1e-15);
        let (_, p, r, f) = reference(vec![0, 1, 2, 1], vec![1, 1, 1, 1], 3);
        assert_eq!((p[0], r[0], f[0]), (0.0, 0.0, 0.0));
        assert_eq!((p[2], r[2], f[2]), (0.0, 0.0, 0.0));
        assert_eq!(p[1], 0.5);
    }

    #[test]
    fn wrong_answers_name_the_property() {
        let input = Input {
            y_true: vec![0, 0, 1, 2],
            y_pred: vec![0, 1, 1, 1],
            num_classes: 3,
        };
        let expected = reference(input.y_true.clone(), input.y_pred.clone(), 3);
        let transposed: Vec<Vec<i32>> = (0..3)
            .map(|t| (0..3).map(|p| expected.0[p][t]).collect())
            .collect();
        let message = check_matrix(&input, &expected.0, &transposed).unwrap_err();
        assert!(message.contains("transpose"), "{message}");
        let mut nan = expected.clone();
        nan.1[2] = f64::NAN;
        let message = check_metrics(&input, &expected, &nan).unwrap_err();
        assert!(
            message.contains("precision[2] must be 0") && message.contains("0 by definition"),
            "{message}"
        );
        let mut off = expected.clone();
        off.0[0][0] += 1;
        let message = check_matrix(&input, &expected.0, &off.0).unwrap_err();
        assert!(message.contains("sum to n = 4"), "{message}");
    }
}

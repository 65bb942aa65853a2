//! Softmax and cross-entropy, an ML coding drill. Target: O(n·C): per row, the maximum m, the sum
//! s of e^(z - m) (so no exponent exceeds 0 and nothing overflows), the probabilities
//! e^(z - m) / s, and the row's loss m + ln s - z[target] (log-sum-exp: finite even where the
//! target's probability underflows to 0). Judged by the properties of a probability row (finite,
//! in [0, 1], summing to 1), then against the reference within stated tolerances.

use judge_engine::prelude::*;

use crate::real::{self, float_rows, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub logits: Vec<Vec<f64>>,
    pub targets: Vec<usize>,
}

pub struct Problem;

/// `(probabilities, mean cross-entropy)`.
pub type Softmax = (Vec<Vec<f64>>, f64);
/// [`Softmax`] as it crosses to the referee, NaN and infinity included (see `real.rs`).
pub type Answer = (Vec<Vec<Real>>, Real);

/// The reference: subtract the row's maximum, exponentiate once, normalise; the loss by
/// log-sum-exp.
pub fn reference(logits: Vec<Vec<f64>>, targets: Vec<usize>) -> Softmax {
    let mut total = 0.0;
    let probabilities = logits
        .iter()
        .zip(&targets)
        .map(|(row, &target)| {
            let max = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let exps: Vec<f64> = row.iter().map(|z| (z - max).exp()).collect();
            let sum: f64 = exps.iter().sum();
            total += max + sum.ln() - row[target];
            exps.into_iter().map(|e| e / sum).collect()
        })
        .collect();
    (probabilities, total / logits.len() as f64)
}

/// Log-sum-exp accumulated one logit at a time (log(e^a + e^z) = max + ln(1 + e^-|a - z|)),
/// then each probability as e^(z - lse).
fn oracle(logits: &[Vec<f64>], targets: &[usize]) -> Softmax {
    let mut total = 0.0;
    let mut probabilities = Vec::with_capacity(logits.len());
    for (row, &target) in logits.iter().zip(targets) {
        let lse = row[1..].iter().fold(row[0], |acc, &z| {
            acc.max(z) + (-(acc - z).abs()).exp().ln_1p()
        });
        total += lse - row[target];
        probabilities.push(row.iter().map(|z| (z - lse).exp()).collect());
    }
    (probabilities, total / logits.len() as f64)
}

fn answer((probabilities, loss): Softmax) -> Answer {
    (real::matrix(probabilities), Real(loss))
}

const MAX_ROWS: usize = 10_000;
const MAX_CLASSES: usize = 1000;
const MAX_ENTRIES: usize = 200_000;
const MAX_LOGIT: f64 = 1000.0;
/// A row's probabilities sum to 1 within this.
const SUM_TOLERANCE: f64 = 1e-9;
/// Each probability within `RELATIVE * p + ABSOLUTE` of the reference's.
const RELATIVE: f64 = 1e-9;
const ABSOLUTE: f64 = 1e-15;

/// The properties of softmax rows and of the loss, then closeness to `expected`.
fn check_softmax(input: &Input, expected: &Softmax, got: &Softmax) -> Checked {
    let (probabilities, loss) = got;
    let (n, classes) = (input.logits.len(), input.logits[0].len());
    if probabilities.len() != n {
        return Err(format!(
            "there must be one row of probabilities per row of logits, {n}; got {}",
            probabilities.len()
        ));
    }
    for (i, row) in probabilities.iter().enumerate() {
        if row.len() != classes {
            return Err(format!(
                "row {i} of softmax must have {classes} probabilities, one per logit; got {}",
                row.len()
            ));
        }
        if let Some(j) = row.iter().position(|p| !p.is_finite()) {
            let largest = input.logits[i]
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, f64::max);
            return Err(format!(
                "softmax must stay finite for any logits; row {i} has {} at column {j} (its largest logit is {largest}: e^{largest} overflows, so subtract the row's maximum before exponentiating)",
                row[j]
            ));
        }
        if let Some(j) = row
            .iter()
            .position(|&p| !(-SUM_TOLERANCE..=1.0 + SUM_TOLERANCE).contains(&p))
        {
            return Err(format!(
                "a probability lies in [0, 1]; row {i} has {} at column {j}",
                row[j]
            ));
        }
        let sum: f64 = row.iter().sum();
        if (sum - 1.0).abs() > SUM_TOLERANCE {
            return Err(format!(
                "each row of softmax sums to 1; row {i} sums to {sum} (allowed within {SUM_TOLERANCE:e})"
            ));
        }
    }
    if !loss.is_finite() {
        return Err(format!(
            "the cross-entropy must be finite for logits within [-1000, 1000]; got {loss} (where the target's probability underflows to 0, -ln p is infinite: compute each row's loss as log-sum-exp(row) - row[target])"
        ));
    }
    if *loss < 0.0 {
        return Err(format!(
            "cross-entropy is never negative (each -ln p >= 0); got {loss}"
        ));
    }
    for (i, (row, expected_row)) in probabilities.iter().zip(&expected.0).enumerate() {
        for (j, (&p, &q)) in row.iter().zip(expected_row).enumerate() {
            if (p - q).abs() > RELATIVE * q + ABSOLUTE {
                return Err(format!(
                    "softmax(row {i})[{j}] must be {q}; got {p} (a difference of {:.3e}, allowed {RELATIVE:e} * p + {ABSOLUTE:e})",
                    (p - q).abs()
                ));
            }
        }
    }
    let wanted = expected.1;
    if (loss - wanted).abs() > RELATIVE * wanted.abs() + 1e-12 {
        return Err(format!(
            "the mean cross-entropy, the mean over rows of -ln softmax(row)[target] = log-sum-exp(row) - row[target], must be {wanted}; got {loss} (a difference of {:.3e})",
            (loss - wanted).abs()
        ));
    }
    Ok(())
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Answer;
    const PARAMETERS: &'static [&'static str] = &["logits", "targets"];

    fn reference(input: Input) -> Answer {
        answer(reference(input.logits, input.targets))
    }

    fn oracle(input: Input) -> Answer {
        answer(oracle(&input.logits, &input.targets))
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct logits (ties) on three scales: small, large, and near +-1000.
        (
            1..=5usize,
            2..=6usize,
            prop_oneof![Just(0.5), Just(250.0), Just(333.0)],
            any::<u64>(),
        )
            .prop_map(|(n, classes, scale, seed)| {
                let mut gen = Gen::new(seed);
                let logits = (0..n)
                    .map(|_| {
                        (0..classes)
                            .map(|_| gen.int(-3, 3) as f64 * scale)
                            .collect()
                    })
                    .collect();
                let targets = (0..n).map(|_| gen.index(classes)).collect();
                Input { logits, targets }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        fn rows(
            n: usize,
            classes: usize,
            gen: &mut Gen,
            logit: fn(usize, &mut Gen) -> f64,
        ) -> Input {
            let n = (n / classes).max(1);
            let logits = (0..n)
                .map(|_| (0..classes).map(|j| logit(j, gen)).collect())
                .collect();
            let targets = (0..n).map(|_| gen.index(classes)).collect();
            Input { logits, targets }
        }
        vec![
            StressFamily {
                // Summing the row again for every entry is 1000 times the work here.
                name: "200 rows of 1000 classes, logits across [-1000, 1000]",
                max_n: MAX_ENTRIES,
                generate: |n, gen| {
                    rows(n, MAX_CLASSES, gen, |_, gen| {
                        gen.int(-100_000, 100_000) as f64 / 100.0
                    })
                },
            },
            StressFamily {
                name: "2000 rows of 100 classes, one logit 1000 and the rest -1000",
                max_n: MAX_ENTRIES,
                generate: |n, gen| rows(n, 100, gen, |j, _| if j == 7 { 1000.0 } else { -1000.0 }),
            },
            StressFamily {
                name: "10^4 rows of 20 equal logits",
                max_n: MAX_ENTRIES,
                generate: |n, gen| rows(n, 20, gen, |_, _| 42.0),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.logits.len();
        constraint::length("logits", n, 1..=MAX_ROWS)?;
        let classes = input.logits[0].len();
        constraint::length("logits[0]", classes, 2..=MAX_CLASSES)?;
        if n * classes > MAX_ENTRIES {
            return Err(format!(
                "{n} rows of {classes} logits are {} entries; allowed up to {MAX_ENTRIES}",
                n * classes
            ));
        }
        if input.targets.len() != n {
            return Err(format!("{} targets for {n} rows", input.targets.len()));
        }
        for (i, row) in input.logits.iter().enumerate() {
            if row.len() != classes {
                return Err(format!(
                    "logits[{i}] has {} entries; logits[0] has {classes}",
                    row.len()
                ));
            }
            constraint::each_within(&format!("logits[{i}]"), row, -MAX_LOGIT..=MAX_LOGIT)?;
        }
        constraint::each_within("targets", &input.targets, 0..=classes - 1)
    }

    fn check(input: &Input, expected: &Answer, got: &Answer) -> Checked {
        let expected = (float_rows(&expected.0), expected.1 .0);
        let got = (float_rows(&got.0), got.1 .0);
        check_softmax(input, &expected, &got)
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<Vec<f64>>, Vec<usize>) -> Softmax) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| answer(solve(input.logits, input.targets)))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn extreme_logits_stay_finite() {
        let (p, loss) = reference(vec![vec![1000.0, -1000.0], vec![0.0, 0.0]], vec![1, 0]);
        assert_eq!(p, vec![vec![1.0, 0.0], vec![0.5, 0.5]]);
        assert!((loss - (2000.0 + 2f64.ln()) / 2.0).abs() < 1e-12);
        let (q, other) = oracle(&[vec![1000.0, -1000.0], vec![0.0, 0.0]], &[1, 0]);
        assert_eq!(q, p);
        assert!((other - loss).abs() < 1e-12);
    }

    #[test]
    fn wrong_rows_name_the_property() {
        let input = Input {
            logits: vec![vec![1000.0, 0.0], vec![1.0, 2.0]],
            targets: vec![1, 0],
        };
        let expected = reference(input.logits.clone(), input.targets.clone());
        let overflowed = (vec![vec![f64::NAN, 0.0], expected.0[1].clone()], f64::NAN);
        let message = check_softmax(&input, &expected, &overflowed).unwrap_err();
        assert!(message.contains("subtract the row's maximum"), "{message}");
        let short = (vec![expected.0[0].clone(), vec![0.25, 0.7]], expected.1);
        let message = check_softmax(&input, &expected, &short).unwrap_err();
        assert!(message.contains("row 1 sums to 0.95"), "{message}");
        let infinite = (expected.0.clone(), f64::INFINITY);
        let message = check_softmax(&input, &expected, &infinite).unwrap_err();
        assert!(
            message.contains("log-sum-exp(row) - row[target]"),
            "{message}"
        );
    }
}

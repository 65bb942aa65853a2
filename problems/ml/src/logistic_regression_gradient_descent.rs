//! Logistic regression by full-batch gradient descent, an ML coding drill. Target: O(steps·n·d):
//! each step computes every row's logit z once, the errors sigmoid(z) - y, the mean log loss and
//! the gradient (1/n) A^T (sigmoid(A w) - y). Numerically, the loss must stay finite for any z:
//! log(1 + e^z) is computed as max(z, 0) + ln(1 + e^-|z|), never as log(sigmoid), which is
//! log(0) once sigmoid(z) rounds to 0 or 1 (|z| > 36.7). The learner also returns the gradient
//! at the final weights, which the checker compares with central finite differences of the loss
//! there; the weights, losses and gradient are then compared with the reference's.

use judge_engine::prelude::*;

use crate::linalg::{self, with_bias};
use crate::linear_regression_gradient_descent::{
    check_against_reference, check_history, lambda_max, rate, TOLERANCE,
};
use crate::real::{self, floats, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub x: Vec<Vec<f64>>,
    pub y: Vec<i32>,
    pub learning_rate: f64,
    pub steps: usize,
}

pub struct Problem;

/// `(weights, losses, gradient)`: `[b, w_1, ..., w_d]` after the last step, the `steps + 1`
/// losses, and the gradient of the loss at the returned weights.
pub type Trained = (Vec<f64>, Vec<f64>, Vec<f64>);

/// [`Trained`] as it crosses to the referee, NaN and infinity included (see `real.rs`).
pub type Answer = (Vec<Real>, Vec<Real>, Vec<Real>);

fn answer((weights, losses, gradient): Trained) -> Answer {
    (real::row(weights), real::row(losses), real::row(gradient))
}

fn trained((weights, losses, gradient): &Answer) -> Trained {
    (floats(weights), floats(losses), floats(gradient))
}

/// `ln(1 + e^z)` without overflow or loss of precision.
fn softplus(z: f64) -> f64 {
    z.max(0.0) + (-z.abs()).exp().ln_1p()
}

/// `1 / (1 + e^-z)` without overflow.
fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// The mean log loss `(1/n) * sum ln(1 + e^z_i) - y_i z_i`, `z_i = b + w . x_i`.
pub fn loss(x: &[Vec<f64>], y: &[i32], weights: &[f64]) -> f64 {
    let total: f64 = x
        .iter()
        .zip(y)
        .map(|(row, &label)| {
            let z = linalg::predict(weights, row);
            softplus(z) - f64::from(label) * z
        })
        .sum();
    total / x.len() as f64
}

/// The reference: one pass per step gives the loss and the gradient together.
pub fn reference(x: Vec<Vec<f64>>, y: Vec<i32>, learning_rate: f64, steps: usize) -> Trained {
    let n = x.len() as f64;
    let m = x[0].len() + 1;
    let mut weights = vec![0.0; m];
    let mut losses = Vec::with_capacity(steps + 1);
    loop {
        let mut total = 0.0;
        let mut g = vec![0.0; m];
        for (row, &label) in x.iter().zip(&y) {
            let z = linalg::predict(&weights, row);
            let label = f64::from(label);
            total += softplus(z) - label * z;
            let error = sigmoid(z) - label;
            g[0] += error;
            for (gj, &feature) in g[1..].iter_mut().zip(row) {
                *gj += error * feature;
            }
        }
        losses.push(total / n);
        let g: Vec<f64> = g.into_iter().map(|v| v / n).collect();
        if losses.len() == steps + 1 {
            return (weights, losses, g);
        }
        for (w, gj) in weights.iter_mut().zip(&g) {
            *w -= learning_rate * gj;
        }
    }
}

/// The same descent with the loss written as the cross-entropy of the predicted probabilities,
/// through log-sigmoid: -[y ln s(z) + (1 - y) ln s(-z)], ln s(z) = -softplus(-z).
fn oracle(x: &[Vec<f64>], y: &[i32], learning_rate: f64, steps: usize) -> Trained {
    let a = with_bias(x);
    let n = a.len() as f64;
    let log_sigmoid = |z: f64| -softplus(-z);
    let mut weights = vec![0.0; a[0].len()];
    let mut losses = Vec::with_capacity(steps + 1);
    for step in 0..=steps {
        let logits: Vec<f64> = a
            .iter()
            .map(|row| row.iter().zip(&weights).map(|(v, w)| v * w).sum())
            .collect();
        let total: f64 = logits
            .iter()
            .zip(y)
            .map(|(&z, &label)| {
                if label == 1 {
                    -log_sigmoid(z)
                } else {
                    -log_sigmoid(-z)
                }
            })
            .sum();
        losses.push(total / n);
        let errors: Vec<f64> = logits
            .iter()
            .zip(y)
            .map(|(&z, &label)| sigmoid(z) - f64::from(label))
            .collect();
        let g: Vec<f64> = linalg::transpose_times(&a, &errors)
            .into_iter()
            .map(|v| v / n)
            .collect();
        if step == steps {
            return (weights, losses, g);
        }
        for (w, gj) in weights.iter_mut().zip(&g) {
            *w -= learning_rate * gj;
        }
    }
    unreachable!("the loop returns at its last step")
}

const MAX_N: usize = 1000;
const MAX_D: usize = 30;
const MAX_STEPS: usize = 200;
const MAX_X: f64 = 100.0;
/// The returned gradient within `GRADIENT_TOLERANCE * max |finite differences| +
/// GRADIENT_FLOOR` of the central finite differences of the loss.
const GRADIENT_TOLERANCE: f64 = 1e-4;
const GRADIENT_FLOOR: f64 = 1e-6;
/// The returned gradient within `TOLERANCE * max |reference's gradient| +
/// REFERENCE_GRADIENT_FLOOR` of the reference's (rounding alone is about 1e-14 here).
const REFERENCE_GRADIENT_FLOOR: f64 = 1e-9;

/// Central finite differences of the loss at `weights`, each step small against its column.
fn finite_differences(input: &Input, weights: &[f64]) -> Vec<f64> {
    (0..weights.len())
        .map(|j| {
            let column_scale = if j == 0 {
                1.0
            } else {
                input
                    .x
                    .iter()
                    .fold(1.0f64, |m, row| m.max(row[j - 1].abs()))
            };
            let h = 1e-5 / column_scale;
            let (mut up, mut down) = (weights.to_vec(), weights.to_vec());
            up[j] += h;
            down[j] -= h;
            (loss(&input.x, &input.y, &up) - loss(&input.x, &input.y, &down)) / (2.0 * h)
        })
        .collect()
}

/// Labelled rows: features from `feature`, labels from a random linear rule, each flipped with
/// probability `flips` in 100.
fn data(
    n: usize,
    d: usize,
    gen: &mut Gen,
    feature: fn(usize, &mut Gen) -> f64,
    flips: u64,
) -> (Vec<Vec<f64>>, Vec<i32>) {
    let x: Vec<Vec<f64>> = (0..n)
        .map(|_| (0..d).map(|j| feature(j, gen)).collect())
        .collect();
    let truth: Vec<f64> = (0..=d).map(|_| gen.int(-100, 100) as f64 / 100.0).collect();
    let y = x
        .iter()
        .map(|row| {
            let label = i32::from(linalg::predict(&truth, row) > 0.0);
            if gen.chance(flips, 100) {
                1 - label
            } else {
                label
            }
        })
        .collect();
    (x, y)
}

fn stress_input(
    n: usize,
    d: usize,
    gen: &mut Gen,
    feature: fn(usize, &mut Gen) -> f64,
    flips: u64,
    fraction: f64,
) -> Input {
    let (x, y) = data(n.max(1), d, gen, feature, flips);
    let learning_rate = rate(&x, 4.0 * fraction);
    Input {
        x,
        y,
        learning_rate,
        steps: MAX_STEPS,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Answer;
    const PARAMETERS: &'static [&'static str] = &["x", "y", "learning_rate", "steps"];

    fn reference(input: Input) -> Answer {
        answer(reference(
            input.x,
            input.y,
            input.learning_rate,
            input.steps,
        ))
    }

    fn oracle(input: Input) -> Answer {
        answer(oracle(&input.x, &input.y, input.learning_rate, input.steps))
    }

    fn strategy() -> BoxedStrategy<Input> {
        (
            1..=3usize,
            1..=12usize,
            prop_oneof![0..=20usize, 100..=MAX_STEPS],
            1..=19u32,
            prop_oneof![Just(false), Just(true)],
            any::<u64>(),
        )
            .prop_map(|(d, n, steps, twentieths, outlier, seed)| {
                let mut gen = Gen::new(seed);
                let (mut x, y) = data(n, d, &mut gen, |_, gen| gen.int(-6, 6) as f64 / 2.0, 10);
                if outlier {
                    // One row thirty times larger: its logit grows far past 36.7.
                    for v in &mut x[0] {
                        *v *= 30.0;
                    }
                }
                let learning_rate = rate(&x, 4.0 * f64::from(twentieths) / 20.0);
                Input {
                    x,
                    y,
                    learning_rate,
                    steps,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Unscaled data with outliers: their logits reach the hundreds.
                name: "thirty features, one row in fifty a hundred times larger",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(
                        n,
                        MAX_D,
                        gen,
                        |_, gen| {
                            let v = gen.int(-100, 100) as f64 / 100.0;
                            if gen.chance(1, 50 * MAX_D as u64) {
                                v * 100.0
                            } else {
                                v
                            }
                        },
                        5,
                        0.95,
                    )
                },
            },
            StressFamily {
                name: "thirty features in [-100, 100], noisy labels",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(
                        n,
                        MAX_D,
                        gen,
                        |_, gen| gen.int(-10_000, 10_000) as f64 / 100.0,
                        20,
                        0.5,
                    )
                },
            },
            StressFamily {
                name: "one feature, separable classes",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(
                        n,
                        1,
                        gen,
                        |_, gen| gen.int(-10_000, 10_000) as f64 / 100.0,
                        0,
                        0.95,
                    )
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.x.len();
        constraint::length("x", n, 1..=MAX_N)?;
        let d = input.x[0].len();
        constraint::length("x[0]", d, 1..=MAX_D)?;
        if input.y.len() != n {
            return Err(format!("{} labels for {n} rows", input.y.len()));
        }
        for (i, row) in input.x.iter().enumerate() {
            if row.len() != d {
                return Err(format!("x[{i}] has {} features; x[0] has {d}", row.len()));
            }
            constraint::each_within(&format!("x[{i}]"), row, -MAX_X..=MAX_X)?;
        }
        constraint::each_within("y", &input.y, 0..=1)?;
        constraint::within("steps", input.steps, 0..=MAX_STEPS)?;
        let curvature = lambda_max(&input.x);
        if !(input.learning_rate > 0.0 && input.learning_rate * curvature <= 4.0) {
            return Err(format!(
                "learning_rate = {}; allowed above 0 and at most 4 / lambda_max = {} (lambda_max = {curvature}, the largest eigenvalue of A^T A / n)",
                input.learning_rate,
                4.0 / curvature
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Answer, got: &Answer) -> Checked {
        let (expected, got) = (trained(expected), trained(got));
        let d = input.x[0].len();
        let (weights, losses, returned) = &got;
        let history = (weights.clone(), losses.clone());
        check_history(
            d,
            input.steps,
            expected.1[0],
            &history,
            &|w| loss(&input.x, &input.y, w),
            "mean log loss",
            " (where sigmoid(z) rounds to 0 or 1, for |z| > 36.7, its log is -inf: compute ln(1 + e^z) as max(z, 0) + ln(1 + e^-|z|))",
        )?;
        if returned.len() != d + 1 {
            return Err(format!(
                "the gradient must have d + 1 = {} numbers; got {}",
                d + 1,
                returned.len()
            ));
        }
        if let Some(j) = returned.iter().position(|g| !g.is_finite()) {
            return Err(format!(
                "the gradient must be finite; component {j} is {}",
                returned[j]
            ));
        }
        let numeric = finite_differences(input, weights);
        let scale = numeric.iter().fold(0.0f64, |m, g| m.max(g.abs()));
        let allowed = GRADIENT_TOLERANCE * scale + GRADIENT_FLOOR;
        if let Some(j) = (0..=d).find(|&j| (returned[j] - numeric[j]).abs() > allowed) {
            return Err(format!(
                "the gradient must be the derivative of the loss at the returned weights: component {j} is {}, but central finite differences of the mean log loss give {} (allowed difference {allowed:.3e})",
                returned[j], numeric[j]
            ));
        }
        check_against_reference(
            input.steps,
            &(expected.0.clone(), expected.1.clone()),
            &history,
        )?;
        let scale = expected.2.iter().fold(0.0f64, |m, g| m.max(g.abs()));
        let allowed = TOLERANCE * scale + REFERENCE_GRADIENT_FLOOR;
        if let Some(j) = (0..=d).find(|&j| (returned[j] - expected.2[j]).abs() > allowed) {
            return Err(format!(
                "the gradient at the final weights must be {:?}; component {j} is {} instead of {}",
                expected.2, returned[j], expected.2[j]
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<Vec<f64>>, Vec<i32>, f64, usize) -> Trained) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        answer(solve(input.x, input.y, input.learning_rate, input.steps))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gradient of [`loss`], on its own.
    fn gradient(x: &[Vec<f64>], y: &[i32], weights: &[f64]) -> Vec<f64> {
        let mut g = vec![0.0; weights.len()];
        for (row, &label) in x.iter().zip(y) {
            let error = sigmoid(linalg::predict(weights, row)) - f64::from(label);
            g[0] += error;
            for (gj, &feature) in g[1..].iter_mut().zip(row) {
                *gj += error * feature;
            }
        }
        let n = x.len() as f64;
        g.into_iter().map(|v| v / n).collect()
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn stable_pieces() {
        assert_eq!(softplus(1000.0), 1000.0);
        assert!(softplus(-1000.0) == 0.0 && softplus(0.0) == 2f64.ln());
        assert!(sigmoid(-1000.0) == 0.0 && sigmoid(1000.0) == 1.0 && sigmoid(0.0) == 0.5);
        let (w, losses, g) = reference(vec![vec![1.0], vec![-1.0]], vec![1, 0], 0.5, 1);
        // At zero the errors are [0.5, -0.5]: gradient [0, 0.5 * 1 / 2 + 0.5 * 1 / 2] = [0, -0.5].
        assert!(w[0].abs() < 1e-15 && (w[1] - 0.25).abs() < 1e-15);
        assert!((losses[0] - 2f64.ln()).abs() < 1e-15);
        assert!((g[1] - gradient(&[vec![1.0], vec![-1.0]], &[1, 0], &w)[1]).abs() < 1e-15);
    }

    #[test]
    fn the_outlier_edge_reaches_large_logits() {
        let x: Vec<Vec<f64>> = [0.4, 0.8, 1.2, 1.6, 2.0, -0.4, -0.8, -1.2, -1.6, -2.0, 30.0]
            .iter()
            .map(|&v| vec![v])
            .collect();
        let y = vec![1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1];
        let input = Input {
            x: x.clone(),
            y: y.clone(),
            learning_rate: 0.045,
            steps: 150,
        };
        assert!(Problem::validate(&input).is_ok());
        let (w, _, _) = reference(x.clone(), y, 0.045, 150);
        assert!(
            linalg::predict(&w, &x[10]) > 40.0,
            "{}",
            linalg::predict(&w, &x[10])
        );
    }

    #[test]
    fn stress_answers_agree_and_logits_grow_large() {
        let mut gen = Gen::new(4);
        for (i, family) in Problem::stress().into_iter().enumerate() {
            let input = (family.generate)(400, &mut gen);
            assert!(Problem::validate(&input).is_ok(), "{}", family.name);
            let expected = Problem::reference(input.clone());
            let other = Problem::oracle(input.clone());
            assert_eq!(
                Problem::check(&input, &expected, &other),
                Ok(()),
                "{}",
                family.name
            );
            if i == 0 {
                let weights = trained(&expected).0;
                let largest = input
                    .x
                    .iter()
                    .map(|row| linalg::predict(&weights, row).abs())
                    .fold(0.0, f64::max);
                assert!(largest > 40.0, "{largest}");
            }
        }
    }

    #[test]
    fn wrong_gradients_and_losses_name_the_property() {
        let input = Input {
            x: vec![vec![1.0], vec![-1.0], vec![2.0]],
            y: vec![1, 0, 0],
            learning_rate: 0.5,
            steps: 2,
        };
        assert!(Problem::validate(&input).is_ok());
        let expected = Problem::reference(input.clone());
        let mut flipped = trained(&expected);
        flipped.2 = flipped.2.iter().map(|g| -g).collect();
        let message = Problem::check(&input, &expected, &answer(flipped)).unwrap_err();
        assert!(message.contains("finite differences"), "{message}");
        let mut broken = trained(&expected);
        broken.1[1] = f64::NAN;
        let message = Problem::check(&input, &expected, &answer(broken)).unwrap_err();
        assert!(
            message.contains("must be finite") && message.contains("36.7"),
            "{message}"
        );
    }
}

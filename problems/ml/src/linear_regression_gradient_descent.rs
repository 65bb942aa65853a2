//! Linear regression by full-batch gradient descent, an ML coding drill. Target: O(steps·n·d):
//! each step computes every row's prediction once, the residuals, and the gradient
//! (1/n) A^T (A w - y) of the half mean squared error, then moves all weights together. The
//! answer is deterministic (start at zero, exactly `steps` steps), so it is compared with the
//! reference within a tolerance; the properties judged first name what broke: the loss history
//! starts at the zero weights' loss, never rises (the rate is below 1 / lambda_max of the
//! loss's Hessian), and ends at the returned weights' loss.

use judge_engine::prelude::*;

use crate::linalg::{self, with_bias};
use crate::real::{self, floats, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub x: Vec<Vec<f64>>,
    pub y: Vec<f64>,
    pub learning_rate: f64,
    pub steps: usize,
}

pub struct Problem;

/// `(weights, losses)`: `[b, w_1, ..., w_d]` after the last step, and the loss before the first
/// step and after each one (`steps + 1` values).
pub type Trained = (Vec<f64>, Vec<f64>);

/// [`Trained`] as it crosses to the referee, NaN and infinity included (see `real.rs`).
pub type Answer = (Vec<Real>, Vec<Real>);

fn answer((weights, losses): Trained) -> Answer {
    (real::row(weights), real::row(losses))
}

fn trained((weights, losses): &Answer) -> Trained {
    (floats(weights), floats(losses))
}

/// The half mean squared error `(1 / 2n) * sum (b + w . x_i - y_i)^2`.
pub fn loss(x: &[Vec<f64>], y: &[f64], weights: &[f64]) -> f64 {
    let total: f64 = x
        .iter()
        .zip(y)
        .map(|(row, &target)| {
            let error = linalg::predict(weights, row) - target;
            error * error
        })
        .sum();
    total / (2.0 * x.len() as f64)
}

/// The reference: residuals once per step, then the gradient from them.
pub fn reference(x: Vec<Vec<f64>>, y: Vec<f64>, learning_rate: f64, steps: usize) -> Trained {
    let n = x.len() as f64;
    let m = x[0].len() + 1;
    let mut weights = vec![0.0; m];
    let mut losses = Vec::with_capacity(steps + 1);
    let mut residuals = vec![0.0; x.len()];
    for step in 0..=steps {
        let mut squared = 0.0;
        for ((row, &target), residual) in x.iter().zip(&y).zip(residuals.iter_mut()) {
            *residual = linalg::predict(&weights, row) - target;
            squared += *residual * *residual;
        }
        losses.push(squared / (2.0 * n));
        if step == steps {
            break;
        }
        let mut gradient = vec![0.0; m];
        for (row, &residual) in x.iter().zip(&residuals) {
            gradient[0] += residual;
            for (g, &feature) in gradient[1..].iter_mut().zip(row) {
                *g += residual * feature;
            }
        }
        for (w, g) in weights.iter_mut().zip(&gradient) {
            *w -= learning_rate * g / n;
        }
    }
    (weights, losses)
}

/// The same descent written with the Gram matrix: the gradient is (G w - A^T y) / n and the loss
/// comes from the weights alone, so each step costs O(d^2) after one O(n·d^2) pass.
fn oracle(x: &[Vec<f64>], y: &[f64], learning_rate: f64, steps: usize) -> Trained {
    let n = x.len() as f64;
    let a = with_bias(x);
    let g = linalg::gram(&a);
    let b = linalg::transpose_times(&a, y);
    let yy: f64 = y.iter().map(|v| v * v).sum();
    let m = b.len();
    let mut weights = vec![0.0; m];
    let mut losses = Vec::with_capacity(steps + 1);
    for step in 0..=steps {
        let gw: Vec<f64> = (0..m)
            .map(|i| g[i].iter().zip(&weights).map(|(gij, wj)| gij * wj).sum())
            .collect();
        let wgw: f64 = weights.iter().zip(&gw).map(|(w, v)| w * v).sum();
        let wb: f64 = weights.iter().zip(&b).map(|(w, v)| w * v).sum();
        losses.push((wgw - 2.0 * wb + yy) / (2.0 * n));
        if step == steps {
            break;
        }
        for i in 0..m {
            weights[i] -= learning_rate * (gw[i] - b[i]) / n;
        }
    }
    (weights, losses)
}

const MAX_N: usize = 1000;
const MAX_D: usize = 50;
const MAX_STEPS: usize = 200;
const MAX_X: f64 = 10.0;
const MAX_Y: f64 = 1000.0;
/// Weights within `TOLERANCE * max(1, max |w|)` of the reference's.
pub const TOLERANCE: f64 = 1e-6;
/// Losses within `TOLERANCE * loss + LOSS_FLOOR * losses[0]` (the floor absorbs the cancellation
/// of computing a small loss from large terms).
pub const LOSS_FLOOR: f64 = 1e-9;

/// The largest eigenvalue of the loss's Hessian `A^T A / n`, by power iteration. The start
/// vector has pseudo-random entries: a simple one such as all ones can be exactly orthogonal to
/// the top eigenvector of small integer data (x = [[-2, 1]] against [1, 1.1, 1.2] gave 0 here).
/// The result is a Rayleigh quotient, never above the true value, and after 500 steps it is
/// above half of it unless the start vector is exactly orthogonal to the top eigenvector (a
/// smaller second eigenvalue would have let that component dominate; a larger one is itself a
/// good estimate); it is also at least the largest diagonal entry, so at least 1 (the bias).
/// A rate up to `1 / lambda_max` is therefore below `2 / true lambda_max`, which is what keeps
/// full-batch gradient descent from raising the loss.
pub fn lambda_max(x: &[Vec<f64>]) -> f64 {
    let a = with_bias(x);
    let n = x.len() as f64;
    let h: Vec<Vec<f64>> = linalg::gram(&a)
        .into_iter()
        .map(|row| row.into_iter().map(|v| v / n).collect())
        .collect();
    let m = h.len();
    let mut gen = Gen::new(0x5EED);
    let mut v: Vec<f64> = (0..m)
        .map(|_| 0.5 + gen.next_u64() as f64 / u64::MAX as f64)
        .collect();
    let largest_diagonal = (0..m).map(|i| h[i][i]).fold(0.0, f64::max);
    let mut estimate = largest_diagonal;
    for _ in 0..500 {
        let hv: Vec<f64> = h
            .iter()
            .map(|row| row.iter().zip(&v).map(|(a, b)| a * b).sum())
            .collect();
        let vv: f64 = v.iter().map(|t| t * t).sum();
        estimate = v.iter().zip(&hv).map(|(a, b)| a * b).sum::<f64>() / vv;
        let size = linalg::norm(&hv);
        if size == 0.0 || !size.is_finite() {
            break;
        }
        v = hv.into_iter().map(|t| t / size).collect();
    }
    estimate.max(largest_diagonal)
}

/// A rate `fraction / lambda_max`, cut to three significant digits (rounded down).
pub fn rate(x: &[Vec<f64>], fraction: f64) -> f64 {
    let exact = fraction / lambda_max(x);
    let scale = 10f64.powi(2 - exact.log10().floor() as i32);
    (exact * scale).floor() / scale
}

/// Rows of `d` features from `feature`, targets `b + w . x + noise` within the allowed range.
fn data(
    n: usize,
    d: usize,
    gen: &mut Gen,
    feature: fn(usize, &mut Gen) -> f64,
    offset: f64,
) -> (Vec<Vec<f64>>, Vec<f64>) {
    let x: Vec<Vec<f64>> = (0..n)
        .map(|_| (0..d).map(|j| feature(j, gen)).collect())
        .collect();
    let truth: Vec<f64> = std::iter::once(offset)
        .chain((0..d).map(|_| gen.int(-300, 300) as f64 / 100.0))
        .collect();
    let y = x
        .iter()
        .map(|row| {
            let noise = gen.int(-100, 100) as f64 / 100.0;
            (linalg::predict(&truth, row) + noise)
                .clamp(-MAX_Y, MAX_Y)
                .round()
        })
        .collect();
    (x, y)
}

fn stress_input(
    n: usize,
    d: usize,
    gen: &mut Gen,
    feature: fn(usize, &mut Gen) -> f64,
    offset: f64,
    fraction: f64,
) -> Input {
    let (x, y) = data(n.max(1), d, gen, feature, offset);
    let learning_rate = rate(&x, fraction);
    Input {
        x,
        y,
        learning_rate,
        steps: MAX_STEPS,
    }
}

/// The properties of a loss history and the weights it ends at: `d` features, `steps` steps,
/// `start` the loss at the zero weights, `loss_at` the loss of any weights on the input's data,
/// `unstable` what to say of a loss that is not finite.
pub fn check_history(
    d: usize,
    steps: usize,
    start: f64,
    got: &Trained,
    loss_at: &dyn Fn(&[f64]) -> f64,
    what_loss: &str,
    unstable: &str,
) -> Checked {
    let (weights, losses) = got;
    if weights.len() != d + 1 {
        return Err(format!(
            "the weights must be d + 1 = {} numbers, the bias first; got {}",
            d + 1,
            weights.len()
        ));
    }
    if losses.len() != steps + 1 {
        return Err(format!(
            "the loss history must have steps + 1 = {} values (before the first step, then after each); got {}",
            steps + 1,
            losses.len()
        ));
    }
    if let Some(j) = weights.iter().position(|w| !w.is_finite()) {
        return Err(format!(
            "the weights must be finite; weights[{j}] is {} (the descent diverged)",
            weights[j]
        ));
    }
    if let Some(t) = losses.iter().position(|l| !l.is_finite()) {
        return Err(format!(
            "the losses must be finite; the loss after step {t} is {}{unstable}",
            losses[t]
        ));
    }
    if !close_loss(start, losses[0], start) {
        return Err(format!(
            "the loss history starts at the zero weights, where the {what_loss} is {start}; losses[0] is {}",
            losses[0]
        ));
    }
    let slack = LOSS_FLOOR * start;
    if let Some(t) = (1..losses.len()).find(|&t| losses[t] > losses[t - 1] + slack) {
        return Err(format!(
            "the loss rose from step {} to step {t} ({} to {}): with this learning rate (below 1 / the largest curvature of the loss) full-batch gradient descent never raises it",
            t - 1,
            losses[t - 1],
            losses[t]
        ));
    }
    let at_weights = loss_at(weights);
    if !close_loss(at_weights, losses[steps], start) {
        return Err(format!(
            "the last loss must be the {what_loss} of the returned weights, {at_weights}; losses[{steps}] is {}",
            losses[steps]
        ));
    }
    Ok(())
}

/// A loss within `TOLERANCE` of `reference`, relative, plus `LOSS_FLOOR * start`.
fn close_loss(reference: f64, value: f64, start: f64) -> bool {
    (reference - value).abs() <= TOLERANCE * reference.abs() + LOSS_FLOOR * start
}

/// The weights and losses within the tolerances of the reference's.
pub fn check_against_reference(steps: usize, expected: &Trained, got: &Trained) -> Checked {
    let (weights, losses) = got;
    let scale = expected.0.iter().fold(1.0f64, |m, w| m.max(w.abs()));
    if let Some(j) =
        (0..weights.len()).find(|&j| (weights[j] - expected.0[j]).abs() > TOLERANCE * scale)
    {
        return Err(format!(
            "after {} step{} from zero weights[{j}] must be {}; got {} (a difference of {:.3e}, over the tolerance {TOLERANCE:e} * max(1, max |w|))",
            steps,
            if steps == 1 { "" } else { "s" },
            expected.0[j],
            weights[j],
            (weights[j] - expected.0[j]).abs()
        ));
    }
    if let Some(t) =
        (0..losses.len()).find(|&t| !close_loss(expected.1[t], losses[t], expected.1[0]))
    {
        return Err(format!(
            "the loss after step {t} must be {}; got {}",
            expected.1[t], losses[t]
        ));
    }
    Ok(())
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
        (1..=3usize, 1..=8usize, 0..=20usize, 1..=19u32, any::<u64>())
            .prop_map(|(d, n, steps, twentieths, seed)| {
                let mut gen = Gen::new(seed);
                let offset = gen.int(-20, 20) as f64;
                let (x, y) = data(n, d, &mut gen, |_, gen| gen.int(-6, 6) as f64 / 2.0, offset);
                let learning_rate = rate(&x, f64::from(twentieths) / 20.0);
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
                name: "fifty features at nearly the largest rate",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(
                        n,
                        MAX_D,
                        gen,
                        |_, gen| gen.int(-1000, 1000) as f64 / 100.0,
                        5.0,
                        0.95,
                    )
                },
            },
            StressFamily {
                name: "fifty features on different scales, targets far from zero",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(
                        n,
                        MAX_D,
                        gen,
                        |j, gen| gen.int(-1000, 1000) as f64 / 100.0 / (1 + j % 10) as f64,
                        400.0,
                        0.5,
                    )
                },
            },
            StressFamily {
                name: "one feature, a small rate",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(
                        n,
                        1,
                        gen,
                        |_, gen| gen.int(-1000, 1000) as f64 / 100.0,
                        -50.0,
                        0.1,
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
            return Err(format!("{} targets for {n} rows", input.y.len()));
        }
        for (i, row) in input.x.iter().enumerate() {
            if row.len() != d {
                return Err(format!("x[{i}] has {} features; x[0] has {d}", row.len()));
            }
            constraint::each_within(&format!("x[{i}]"), row, -MAX_X..=MAX_X)?;
        }
        constraint::each_within("y", &input.y, -MAX_Y..=MAX_Y)?;
        constraint::within("steps", input.steps, 0..=MAX_STEPS)?;
        let curvature = lambda_max(&input.x);
        if !(input.learning_rate > 0.0 && input.learning_rate * curvature <= 1.0) {
            return Err(format!(
                "learning_rate = {}; allowed above 0 and at most 1 / lambda_max = {} (lambda_max = {curvature}, the largest eigenvalue of A^T A / n)",
                input.learning_rate,
                1.0 / curvature
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Answer, got: &Answer) -> Checked {
        let (expected, got) = (trained(expected), trained(got));
        check_history(
            input.x[0].len(),
            input.steps,
            expected.1[0],
            &got,
            &|weights| loss(&input.x, &input.y, weights),
            "half mean squared error",
            "",
        )?;
        check_against_reference(input.steps, &expected, &got)
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<Vec<f64>>, Vec<f64>, f64, usize) -> Trained) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        answer(solve(input.x, input.y, input.learning_rate, input.steps))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_largest_curvature_is_found_from_any_data() {
        // [1, -2, 1] is orthogonal to [1, 1.1, 1.2], the start vector this once used.
        let curvature = lambda_max(&[vec![-2.0, 1.0]]);
        assert!((curvature - 6.0).abs() < 1e-9, "{curvature}");
        let input = Input {
            x: vec![vec![-2.0, 1.0]],
            y: vec![3.0],
            learning_rate: rate(&[vec![-2.0, 1.0]], 0.5),
            steps: 3,
        };
        assert!(Problem::validate(&input).is_ok());
        assert!(input.learning_rate > 0.08 && input.learning_rate <= 1.0 / 6.0);
    }

    #[test]
    fn one_step_by_hand() {
        // x = [1, 2], y = [2, 4]: at zero the residuals are [-2, -4]; the gradient is
        // [(-2 - 4) / 2, (-2 - 8) / 2] = [-3, -5], so a step of 0.1 gives [0.3, 0.5].
        let (w, losses) = reference(vec![vec![1.0], vec![2.0]], vec![2.0, 4.0], 0.1, 1);
        assert!((w[0] - 0.3).abs() < 1e-12 && (w[1] - 0.5).abs() < 1e-12);
        assert_eq!(losses[0], 5.0);
        assert!((losses[1] - loss(&[vec![1.0], vec![2.0]], &[2.0, 4.0], &w)).abs() < 1e-12);
        assert!(lambda_max(&[vec![1.0], vec![2.0]]) > 3.0);
    }

    #[test]
    fn stress_answers_agree_and_the_loss_falls() {
        let mut gen = Gen::new(2);
        for family in Problem::stress() {
            let input = (family.generate)(300, &mut gen);
            assert!(Problem::validate(&input).is_ok(), "{}", family.name);
            let expected = Problem::reference(input.clone());
            let other = Problem::oracle(input.clone());
            assert!(
                Problem::check(&input, &expected, &other).is_ok(),
                "{}: {:?}",
                family.name,
                Problem::check(&input, &expected, &other)
            );
            let losses = trained(&expected).1;
            assert!(losses.windows(2).all(|w| w[1] <= w[0]));
            assert!(losses[MAX_STEPS] < 0.5 * losses[0], "{}", family.name);
        }
    }

    #[test]
    fn wrong_descents_name_the_property() {
        let input = Input {
            x: vec![vec![1.0], vec![2.0], vec![3.0]],
            y: vec![2.0, 4.0, 7.0],
            learning_rate: 0.1,
            steps: 3,
        };
        assert!(Problem::validate(&input).is_ok());
        let expected = Problem::reference(input.clone());
        let uphill = answer(reference(input.x.clone(), input.y.clone(), -0.1, 3));
        assert!(Problem::check(&input, &expected, &uphill)
            .unwrap_err()
            .contains("the loss rose from step 0 to step 1"));
        let (mut w, mut losses) = trained(&expected);
        losses[0] *= 2.0;
        assert!(
            Problem::check(&input, &expected, &answer((w.clone(), losses)))
                .unwrap_err()
                .contains("starts at the zero weights")
        );
        w[1] += 1e-3;
        let message =
            Problem::check(&input, &expected, &answer((w, trained(&expected).1))).unwrap_err();
        assert!(message.contains("the last loss must be"), "{message}");
    }
}

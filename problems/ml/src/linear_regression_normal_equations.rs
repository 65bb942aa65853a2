//! Linear regression by the normal equations, an ML coding drill. Target: O(n·d^2 + d^3): form
//! `A^T A` and `A^T y` for the design matrix `A = [1 | X]` and solve the (d+1)-square system by
//! Gaussian elimination with partial pivoting or Cholesky. The inputs are far from collinear by
//! construction, so the least-squares weights are unique; the properties judged are the one that
//! defines them (the residual `y - A w` is orthogonal to every column of `A`, the column of ones
//! included) and closeness to the reference within a stated tolerance.

use judge_engine::prelude::*;

use crate::linalg::{self, column, norm, with_bias};
use crate::real::{self, floats, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub x: Vec<Vec<f64>>,
    pub y: Vec<f64>,
}

pub struct Problem;

/// The reference: the normal equations `(A^T A) w = A^T y`, solved by Cholesky.
pub fn reference(x: Vec<Vec<f64>>, y: Vec<f64>) -> Vec<f64> {
    let a = with_bias(&x);
    let g = linalg::gram(&a);
    let b = linalg::transpose_times(&a, &y);
    let m = b.len();
    // G = L L^T.
    let mut l = vec![vec![0.0; m]; m];
    for i in 0..m {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            l[i][j] = if i == j {
                (g[i][i] - s).sqrt()
            } else {
                (g[i][j] - s) / l[j][j]
            };
        }
    }
    let mut z = vec![0.0; m];
    for i in 0..m {
        let s: f64 = (0..i).map(|k| l[i][k] * z[k]).sum();
        z[i] = (b[i] - s) / l[i][i];
    }
    let mut w = vec![0.0; m];
    for i in (0..m).rev() {
        let s: f64 = (i + 1..m).map(|k| l[k][i] * w[k]).sum();
        w[i] = (z[i] - s) / l[i][i];
    }
    w
}

/// Least squares without the normal equations: `A = QR` by modified Gram-Schmidt, then
/// `R w = Q^T y`.
fn oracle(x: &[Vec<f64>], y: &[f64]) -> Vec<f64> {
    let a = with_bias(x);
    let m = a[0].len();
    let mut q: Vec<Vec<f64>> = (0..m).map(|j| column(&a, j)).collect();
    let mut r = vec![vec![0.0; m]; m];
    for j in 0..m {
        for i in 0..j {
            let dot: f64 = q[i].iter().zip(&q[j]).map(|(p, v)| p * v).sum();
            r[i][j] = dot;
            let qi = q[i].clone();
            for (v, p) in q[j].iter_mut().zip(&qi) {
                *v -= dot * p;
            }
        }
        r[j][j] = norm(&q[j]);
        let scale = r[j][j];
        for v in &mut q[j] {
            *v /= scale;
        }
    }
    let qty: Vec<f64> = q
        .iter()
        .map(|qj| qj.iter().zip(y).map(|(p, v)| p * v).sum())
        .collect();
    let mut w = vec![0.0; m];
    for i in (0..m).rev() {
        let s: f64 = (i + 1..m).map(|k| r[i][k] * w[k]).sum();
        w[i] = (qty[i] - s) / r[i][i];
    }
    w
}

const MAX_N: usize = 10_000;
const MAX_D: usize = 10;
const MAX_X: f64 = 100.0;
const MAX_Y: f64 = 10_000.0;
/// The largest condition number allowed for the Gram matrix of `[1 | X]` with unit columns.
pub const MAX_CONDITION: f64 = 1e4;
/// Each weight within `TOLERANCE * max(1, |w|)` of the reference's.
const TOLERANCE: f64 = 1e-6;
/// `|A_j . r| <= ORTHOGONALITY * |A_j| * max(1, |y|)` for each column `A_j`.
const ORTHOGONALITY: f64 = 1e-7;

/// How a family shapes the features of a row after drawing them (correlated pairs, say).
type Mix = fn(&mut [f64]);

/// `n` rows of `d` features drawn by `feature` (then shaped by `mix`) and targets
/// `b + w . x + noise` clamped to the allowed range, redrawn until the columns are far from
/// collinear.
fn data(
    n: usize,
    d: usize,
    gen: &mut Gen,
    feature: fn(usize, &mut Gen) -> f64,
    mix: Mix,
    weight: fn(usize, &mut Gen) -> f64,
    noise: f64,
) -> Input {
    for _ in 0..10_000 {
        let x: Vec<Vec<f64>> = (0..n)
            .map(|_| {
                let mut row: Vec<f64> = (0..d).map(|j| feature(j, gen)).collect();
                mix(&mut row);
                row
            })
            .collect();
        if linalg::scaled_condition(&with_bias(&x)) > MAX_CONDITION {
            continue;
        }
        let truth: Vec<f64> = (0..=d).map(|j| weight(j, gen)).collect();
        let y = x
            .iter()
            .map(|row| {
                let wobble = gen.int(-1000, 1000) as f64 / 1000.0 * noise;
                (linalg::predict(&truth, row) + wobble).clamp(-MAX_Y, MAX_Y)
            })
            .collect();
        return Input { x, y };
    }
    unreachable!("10^4 random designs were all nearly collinear")
}

/// The least-squares properties of `got`, then its closeness to `expected`.
pub fn check_weights(input: &Input, expected: &[f64], got: &[f64]) -> Checked {
    let d = input.x[0].len();
    if got.len() != d + 1 {
        return Err(format!(
            "the answer must have d + 1 = {} numbers, the bias first and then one weight per feature; got {}",
            d + 1,
            got.len()
        ));
    }
    if let Some(j) = got.iter().position(|w| !w.is_finite()) {
        return Err(format!(
            "the weights must be finite; weights[{j}] is {}",
            got[j]
        ));
    }
    let a = with_bias(&input.x);
    let residual: Vec<f64> = a
        .iter()
        .zip(&input.y)
        .map(|(row, y)| y - row.iter().zip(got).map(|(x, w)| x * w).sum::<f64>())
        .collect();
    let scale = norm(&input.y).max(1.0);
    for j in 0..=d {
        let col = column(&a, j);
        let dot: f64 = col.iter().zip(&residual).map(|(c, r)| c * r).sum();
        let relative = dot.abs() / (norm(&col) * scale);
        if relative > ORTHOGONALITY {
            return Err(if j == 0 {
                format!(
                    "at the least-squares weights the residual y - (b + w . x) is orthogonal to every column, the column of ones included, so the residuals must sum to 0; they sum to {dot:.6e}"
                )
            } else {
                format!(
                    "at the least-squares weights the residual y - (b + w . x) is orthogonal to every column; for feature {} (weights[{j}]) the sum of x[i][{}] * residual[i] is {dot:.6e}, {relative:.2e} of |column| * |y|, over {ORTHOGONALITY:e}",
                    j - 1,
                    j - 1
                )
            });
        }
    }
    for j in 0..=d {
        let allowed = TOLERANCE * expected[j].abs().max(1.0);
        if (got[j] - expected[j]).abs() > allowed {
            return Err(format!(
                "weights[{j}] = {} but the least-squares weight is {} (a difference of {:.3e}, over the tolerance {TOLERANCE:e} * max(1, |w|))",
                got[j],
                expected[j],
                (got[j] - expected[j]).abs()
            ));
        }
    }
    Ok(())
}

impl FunctionProblem for Problem {
    type Input = Input;
    /// The weights as [`Real`]s, so that a NaN reaches the checker (see `real.rs`).
    type Output = Vec<Real>;
    const PARAMETERS: &'static [&'static str] = &["x", "y"];

    fn reference(input: Input) -> Vec<Real> {
        real::row(reference(input.x, input.y))
    }

    fn oracle(input: Input) -> Vec<Real> {
        real::row(oracle(&input.x, &input.y))
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small integer-ish data: half-steps in [-5, 5], integer weights, quarter-step noise.
        (1..=3usize, 1..=8usize, any::<u64>())
            .prop_map(|(d, extra, seed)| {
                let mut gen = Gen::new(seed);
                data(
                    d + 1 + extra,
                    d,
                    &mut gen,
                    |_, gen| gen.int(-10, 10) as f64 / 2.0,
                    |_| {},
                    |_, gen| gen.int(-3, 3) as f64,
                    2.0,
                )
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "ten features in [-100, 100]",
                max_n: MAX_N,
                generate: |n, gen| {
                    data(
                        n.max(MAX_D + 2),
                        MAX_D,
                        gen,
                        |_, gen| gen.int(-10_000, 10_000) as f64 / 100.0,
                        |_| {},
                        |_, gen| gen.int(-500, 500) as f64 / 100.0,
                        50.0,
                    )
                },
            },
            StressFamily {
                name: "ten features on scales from 0.01 to 100",
                max_n: MAX_N,
                generate: |n, gen| {
                    data(
                        n.max(MAX_D + 2),
                        MAX_D,
                        gen,
                        |j, gen| {
                            gen.int(-1000, 1000) as f64 / 1000.0 * 10f64.powi(j as i32 % 5 - 2)
                        },
                        |_| {},
                        |j, gen| {
                            if j == 0 {
                                gen.int(-100, 100) as f64
                            } else {
                                gen.int(-100, 100) as f64 / 10f64.powi((j as i32 - 1) % 5 - 2)
                            }
                        },
                        1.0,
                    )
                },
            },
            StressFamily {
                name: "ten features in correlated pairs",
                max_n: MAX_N,
                generate: |n, gen| {
                    data(
                        n.max(MAX_D + 2),
                        MAX_D,
                        gen,
                        |_, gen| gen.int(-5000, 5000) as f64 / 100.0,
                        // Feature 2i + 1 follows feature 2i closely (a correlation near 0.98).
                        |row| {
                            for pair in row.chunks_mut(2) {
                                if let [first, second] = pair {
                                    *second = *first + 0.2 * *second;
                                }
                            }
                        },
                        |_, gen| gen.int(-500, 500) as f64 / 100.0,
                        20.0,
                    )
                },
            },
            StressFamily {
                name: "one feature",
                max_n: MAX_N,
                generate: |n, gen| {
                    data(
                        n.max(3),
                        1,
                        gen,
                        |_, gen| gen.int(-10_000, 10_000) as f64 / 100.0,
                        |_| {},
                        |_, gen| gen.int(-5000, 5000) as f64 / 100.0,
                        100.0,
                    )
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.x.len();
        constraint::length("x", n, 2..=MAX_N)?;
        let d = input.x[0].len();
        constraint::length("x[0]", d, 1..=MAX_D)?;
        if n < d + 2 {
            return Err(format!(
                "n = {n} rows for d = {d} features; at least d + 2 are needed"
            ));
        }
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
        let condition = linalg::scaled_condition(&with_bias(&input.x));
        if condition > MAX_CONDITION {
            return Err(format!(
                "the columns of [1 | x] are too close to collinear: the condition number of their Gram matrix (columns scaled to length 1) is {condition:.3e}; allowed up to {MAX_CONDITION:e}"
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Real>, got: &Vec<Real>) -> Checked {
        check_weights(input, &floats(expected), &floats(got))
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<Vec<f64>>, Vec<f64>) -> Vec<f64>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| real::row(solve(input.x, input.y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn an_exact_line_is_found() {
        // y = 1 + 2 x exactly.
        let x = vec![vec![0.0], vec![1.0], vec![2.0], vec![3.0]];
        let w = reference(x.clone(), vec![1.0, 3.0, 5.0, 7.0]);
        assert!((w[0] - 1.0).abs() < 1e-12 && (w[1] - 2.0).abs() < 1e-12);
        let w = oracle(&x, &[1.0, 3.0, 5.0, 7.0]);
        assert!((w[0] - 1.0).abs() < 1e-12 && (w[1] - 2.0).abs() < 1e-12);
    }

    #[test]
    fn stress_answers_agree_well_within_the_tolerance() {
        let mut gen = Gen::new(5);
        for family in Problem::stress() {
            let input = (family.generate)(2000, &mut gen);
            let (r, o) = (
                reference(input.x.clone(), input.y.clone()),
                oracle(&input.x, &input.y),
            );
            for j in 0..r.len() {
                assert!(
                    (r[j] - o[j]).abs() <= 1e-3 * TOLERANCE * r[j].abs().max(1.0),
                    "{}: {r:?} {o:?}",
                    family.name
                );
            }
            assert!(check_weights(&input, &r, &o).is_ok());
        }
    }

    #[test]
    fn a_missing_bias_is_named() {
        let input = Input {
            x: vec![vec![0.0], vec![1.0], vec![2.0], vec![3.0]],
            y: vec![11.0, 12.0, 13.5, 14.0],
        };
        let expected = reference(input.x.clone(), input.y.clone());
        // Fitted through the origin: w = sum(x y) / sum(x x).
        let slope = (12.0 + 27.0 + 42.0) / 14.0;
        let message = check_weights(&input, &expected, &[0.0, slope]).unwrap_err();
        assert!(message.contains("residuals must sum to 0"), "{message}");
        let message = check_weights(&input, &expected, &[expected[0]]).unwrap_err();
        assert!(message.contains("d + 1 = 2 numbers"), "{message}");
        let nudged = [expected[0] + 1e-3, expected[1]];
        assert!(check_weights(&input, &expected, &nudged).is_err());
    }
}

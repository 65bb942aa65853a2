//! Causal scaled dot-product self-attention, an ML coding drill (one head of a decoder-only
//! transformer). Target: O(n²·d): for each position i, the scores q_i·k_j / √d for j <= i, their
//! softmax with the largest score subtracted first, and the weighted sum of the v_j. The
//! properties judged: the shape; every entry finite, even for scores in the tens of thousands;
//! causality (position i's output is the attention computed on the first i + 1 tokens alone); and
//! every entry within 1e-6 of the reference, a failure saying whether the row matches attention
//! without the mask or without the scale.

use judge_engine::prelude::*;

use crate::real::{self, Real};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub q: Vec<Vec<f64>>,
    pub k: Vec<Vec<f64>>,
    pub v: Vec<Vec<f64>>,
}

pub struct Problem;

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Row `i` of attention over the keys `0..visible` (the mask keeps `visible = i + 1`), each score
/// multiplied by `scale`.
fn attention_row(input: &Input, i: usize, visible: usize, scale: f64) -> Vec<f64> {
    let scores: Vec<f64> = input.k[..visible]
        .iter()
        .map(|key| dot(&input.q[i], key) * scale)
        .collect();
    let largest = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let weights: Vec<f64> = scores.iter().map(|s| (s - largest).exp()).collect();
    let total: f64 = weights.iter().sum();
    let mut row = vec![0.0; input.v[0].len()];
    for (weight, value) in weights.iter().zip(&input.v) {
        for (out, x) in row.iter_mut().zip(value) {
            *out += weight / total * x;
        }
    }
    row
}

/// The reference: each row's scores, their largest subtracted before `exp`, and the weighted sum
/// of the values, the weights normalised once at the end.
pub fn reference(q: Vec<Vec<f64>>, k: Vec<Vec<f64>>, v: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let (n, d) = (q.len(), q[0].len());
    let scale = 1.0 / (d as f64).sqrt();
    let mut scores = vec![0.0; n];
    (0..n)
        .map(|i| {
            let scores = &mut scores[..=i];
            for (score, key) in scores.iter_mut().zip(&k) {
                *score = dot(&q[i], key) * scale;
            }
            let largest = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut total = 0.0;
            let mut row = vec![0.0; v[0].len()];
            for (score, value) in scores.iter().zip(&v) {
                let weight = (score - largest).exp();
                total += weight;
                for (out, x) in row.iter_mut().zip(value) {
                    *out += weight * x;
                }
            }
            for out in &mut row {
                *out /= total;
            }
            row
        })
        .collect()
}

const MAX_N: usize = 256;
const MAX_D: usize = 64;
const MAX_VALUE: f64 = 100.0;
const TOLERANCE: f64 = 1e-6;

fn matrix(n: usize, d: usize, spread: f64, gen: &mut Gen) -> Vec<Vec<f64>> {
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
    type Output = Vec<Vec<Real>>;
    const PARAMETERS: &'static [&'static str] = &["q", "k", "v"];

    fn reference(input: Input) -> Vec<Vec<Real>> {
        real::matrix(reference(input.q, input.k, input.v))
    }

    /// The causal property itself: row i is the last row of unmasked attention computed on the
    /// first i + 1 tokens, nothing after them passed in at all.
    fn oracle(input: Input) -> Vec<Vec<Real>> {
        let n = input.q.len();
        let scale = 1.0 / (input.q[0].len() as f64).sqrt();
        let rows = (0..n)
            .map(|i| {
                let prefix = Input {
                    q: input.q[..=i].to_vec(),
                    k: input.k[..=i].to_vec(),
                    v: input.v[..=i].to_vec(),
                };
                attention_row(&prefix, i, i + 1, scale)
            })
            .collect();
        real::matrix(rows)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Short sequences; values either small (soft weights, where a missing scale or mask
        // shows) or up to 100 (scores in the thousands: exp overflows without the max).
        (
            1..=6usize,
            1..=4usize,
            any::<u64>(),
            prop_oneof![Just(1.0), Just(MAX_VALUE)],
        )
            .prop_map(|(n, d, seed, spread)| {
                let mut gen = Gen::new(seed);
                Input {
                    q: matrix(n, d, spread, &mut gen),
                    k: matrix(n, d, spread, &mut gen),
                    v: matrix(n, d, spread, &mut gen),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "256 tokens, d = 64, values in [-1, 1]",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    q: matrix(n, MAX_D, 1.0, gen),
                    k: matrix(n, MAX_D, 1.0, gen),
                    v: matrix(n, MAX_D, 1.0, gen),
                },
            },
            StressFamily {
                // Scores up to 100 * 100 * 64 / 8 = 80000: exp overflows long before.
                name: "256 tokens, d = 64, values up to 100 (scores in the tens of thousands)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    q: matrix(n, MAX_D, MAX_VALUE, gen),
                    k: matrix(n, MAX_D, MAX_VALUE, gen),
                    v: matrix(n, MAX_D, MAX_VALUE, gen),
                },
            },
            StressFamily {
                // Every query points the same way as the last key: without the mask, every
                // position would copy the last value.
                name: "every query aligned with the last key",
                max_n: MAX_N,
                generate: |n, gen| {
                    let k = matrix(n, MAX_D, 1.0, gen);
                    let last = k[n - 1].clone();
                    Input {
                        q: (0..n)
                            .map(|_| last.iter().map(|x| x * 20.0).collect())
                            .collect(),
                        k,
                        v: matrix(n, MAX_D, 10.0, gen),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.q.len();
        constraint::length("q", n, 1..=MAX_N)?;
        constraint::length("k", input.k.len(), n..=n)?;
        constraint::length("v", input.v.len(), n..=n)?;
        let d = input.q[0].len();
        constraint::length("q[0]", d, 1..=MAX_D)?;
        for (name, rows) in [("q", &input.q), ("k", &input.k), ("v", &input.v)] {
            for (i, row) in rows.iter().enumerate() {
                if row.len() != d {
                    return Err(format!(
                        "{name}[{i}] has {} entries; q[0] has d = {d}",
                        row.len()
                    ));
                }
                constraint::each_within(&format!("{name}[{i}]"), row, -MAX_VALUE..=MAX_VALUE)?;
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<Real>>, got: &Vec<Vec<Real>>) -> Checked {
        let (n, d) = (input.q.len(), input.q[0].len());
        if got.len() != n {
            return Err(format!(
                "the output must have one row per position, n = {n}; got {}",
                got.len()
            ));
        }
        if let Some(i) = (0..n).find(|&i| got[i].len() != d) {
            return Err(format!(
                "row {i} of the output has {} entries; each is a mix of rows of v, with d = {d}",
                got[i].len()
            ));
        }
        let largest_score = |i: usize| {
            input.k[..=i]
                .iter()
                .map(|key| dot(&input.q[i], key).abs() / (d as f64).sqrt())
                .fold(0.0, f64::max)
        };
        if let Some(i) = (0..n).find(|&i| got[i].iter().any(|x| !x.0.is_finite())) {
            return Err(format!(
                "row {i} of the output has a non-finite entry ({}): each row is a weighted average of rows of v and always finite; its scores reach {:.1} in size, where exp overflows (subtract the row's largest score before exp)",
                got[i].iter().find(|x| !x.0.is_finite()).map_or(0.0, |x| x.0),
                largest_score(i)
            ));
        }
        let scale = 1.0 / (d as f64).sqrt();
        for i in 0..n {
            let have = real::floats(&got[i]);
            let want = real::floats(&expected[i]);
            if want
                .iter()
                .zip(&have)
                .all(|(w, h)| real::close(*w, *h, TOLERANCE))
            {
                continue;
            }
            let matches = |row: Vec<f64>| {
                row.iter()
                    .zip(&have)
                    .all(|(w, h)| real::close(*w, *h, TOLERANCE))
            };
            let slip = if matches(attention_row(input, i, n, scale)) {
                format!(
                    ": it matches attention over all {n} positions, so it changes when a later token changes; the causal mask lets position {i} attend to positions 0..={i} only"
                )
            } else if matches(attention_row(input, i, i + 1, 1.0)) {
                format!(": it matches attention without the 1/√d scale; the scores are q·k / √{d}")
            } else if matches(attention_row(input, i, n, 1.0)) {
                ": it matches attention over every position and without the 1/√d scale: both the causal mask and the scale are missing".to_string()
            } else {
                String::new()
            };
            return Err(format!(
                "position {i}'s output must be the attention computed on the first {} token(s) alone, Σ_(j<={i}) softmax_j(q_{i}·k_j / √{d}) v_j = {}; got {}{slip}",
                i + 1,
                real::show(&want),
                real::show(&have)
            ));
        }
        Ok(())
    }
}

/// The learner's function.
pub type Attention = fn(Vec<Vec<f64>>, Vec<Vec<f64>>, Vec<Vec<f64>>) -> Vec<Vec<f64>>;

/// The harness's entry point for this drill.
pub fn judge(solve: Attention) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| real::matrix(solve(input.q, input.k, input.v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_first_position_copies_its_value_and_large_scores_stay_finite() {
        let out = reference(
            vec![vec![1.0, 0.0], vec![0.0, 1.0]],
            vec![vec![1.0, 0.0], vec![1.0, 0.0]],
            vec![vec![3.0, 4.0], vec![5.0, 6.0]],
        );
        assert_eq!(out[0], vec![3.0, 4.0]);
        // Position 1's query is orthogonal to both keys: equal weights.
        assert_eq!(out[1], vec![4.0, 5.0]);
        let big = vec![vec![100.0; 4]; 3];
        let out = reference(big.clone(), big.clone(), big);
        assert!(out.iter().flatten().all(|x| (x - 100.0).abs() < 1e-9));
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            q: vec![vec![1.0, 2.0], vec![0.5, -1.0], vec![2.0, 0.0]],
            k: vec![vec![0.0, 1.0], vec![1.0, 1.0], vec![-1.0, 0.5]],
            v: vec![vec![1.0, 0.0], vec![0.0, 1.0], vec![2.0, 2.0]],
        };
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        let scale = 1.0 / 2f64.sqrt();
        let unmasked: Vec<Vec<f64>> = (0..3).map(|i| attention_row(&input, i, 3, scale)).collect();
        let why = Problem::check(&input, &expected, &real::matrix(unmasked)).unwrap_err();
        assert!(
            why.contains("causal mask") && why.contains("position 0"),
            "{why}"
        );
        let unscaled: Vec<Vec<f64>> = (0..3)
            .map(|i| attention_row(&input, i, i + 1, 1.0))
            .collect();
        let why = Problem::check(&input, &expected, &real::matrix(unscaled)).unwrap_err();
        assert!(why.contains("without the 1/√d scale"), "{why}");
        let mut nan = expected.clone();
        nan[2][1] = Real(f64::NAN);
        let why = Problem::check(&input, &expected, &nan).unwrap_err();
        assert!(why.contains("subtract the row's largest score"), "{why}");
    }
}

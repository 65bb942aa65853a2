//! ROC AUC, an ML coding drill. Target: O(n log n): sort by score, and for each group of tied
//! scores count the positives above the negatives already passed. The property judged: the AUC is
//! the fraction of (positive, negative) pairs in which the positive scores higher, a tie counting
//! half (the Mann-Whitney statistic), so it does not depend on the scores' scale or on the order
//! of the input.

use judge_engine::prelude::*;

use crate::real::Real;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub scores: Vec<f64>,
    pub labels: Vec<i32>,
}

pub struct Problem;

/// Pairs in the positive's favour, doubled so that a tie is a whole 1: (2 * above + ties, pairs).
fn doubled_wins(scores: &[f64], labels: &[i32]) -> (u128, u128) {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_unstable_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    let (mut negatives_below, mut doubled) = (0u128, 0u128);
    let mut i = 0;
    while i < order.len() {
        // One group of equal scores: its positives beat every negative below the group and tie
        // with the group's own negatives.
        let mut j = i;
        let (mut positives, mut negatives) = (0u128, 0u128);
        while j < order.len() && scores[order[j]] == scores[order[i]] {
            if labels[order[j]] == 1 {
                positives += 1;
            } else {
                negatives += 1;
            }
            j += 1;
        }
        doubled += positives * (2 * negatives_below + negatives);
        negatives_below += negatives;
        i = j;
    }
    let positives = labels.iter().filter(|&&l| l == 1).count() as u128;
    (doubled, 2 * positives * negatives_below)
}

/// The reference.
pub fn reference(scores: Vec<f64>, labels: Vec<i32>) -> f64 {
    let (doubled, pairs) = doubled_wins(&scores, &labels);
    doubled as f64 / pairs as f64
}

const MAX_N: usize = 100_000;
const MAX_SCORE: f64 = 1e6;
const TOLERANCE: f64 = 1e-9;

/// `n` labels with `positives` ones, shuffled.
fn labels(n: usize, positives: usize, gen: &mut Gen) -> Vec<i32> {
    let mut labels: Vec<i32> = (0..n).map(|i| i32::from(i < positives)).collect();
    for i in (1..n).rev() {
        labels.swap(i, gen.index(i + 1));
    }
    labels
}

impl FunctionProblem for Problem {
    type Input = Input;
    /// A `Real`, so that a NaN answer reaches the checker (JSON has no NaN).
    type Output = Real;
    const PARAMETERS: &'static [&'static str] = &["scores", "labels"];

    fn reference(input: Input) -> Real {
        Real(reference(input.scores, input.labels))
    }

    /// Every (positive, negative) pair, counted.
    fn oracle(input: Input) -> Real {
        let (mut wins, mut pairs) = (0.0, 0.0);
        for (i, &p) in input.scores.iter().enumerate() {
            for (j, &q) in input.scores.iter().enumerate() {
                if input.labels[i] == 1 && input.labels[j] == 0 {
                    pairs += 1.0;
                    wins += match p.partial_cmp(&q) {
                        Some(std::cmp::Ordering::Greater) => 1.0,
                        Some(std::cmp::Ordering::Equal) => 0.5,
                        _ => 0.0,
                    };
                }
            }
        }
        Real(wins / pairs)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct scores, so ties between and within the classes are common.
        (
            2..=12usize,
            any::<u64>(),
            prop_oneof![Just(3i64), Just(1000i64)],
        )
            .prop_map(|(n, seed, spread)| {
                let mut gen = Gen::new(seed);
                let positives = 1 + gen.index(n - 1);
                let scores = (0..n)
                    .map(|_| gen.int(-spread, spread) as f64 / 4.0)
                    .collect();
                Input {
                    scores,
                    labels: labels(n, positives, &mut gen),
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Comparing every positive with every negative is n^2 / 4 pairs here.
                name: "half positives, random scores with ties",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let scores = (0..n).map(|_| gen.int(0, 999) as f64 / 100.0).collect();
                    Input {
                        scores,
                        labels: labels(n, n / 2, gen),
                    }
                },
            },
            StressFamily {
                name: "every score equal (AUC 0.5)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    Input {
                        scores: vec![0.25; n],
                        labels: labels(n, (n / 3).max(1), gen),
                    }
                },
            },
            StressFamily {
                name: "separated classes, scores across the whole range",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let labels = labels(n, n / 2, gen);
                    let scores = labels
                        .iter()
                        .map(|&l| {
                            let magnitude = gen.int(1, 1_000_000) as f64;
                            if l == 1 {
                                magnitude
                            } else {
                                -magnitude
                            }
                        })
                        .collect();
                    Input { scores, labels }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("scores", input.scores.len(), 2..=MAX_N)?;
        if input.labels.len() != input.scores.len() {
            return Err(format!(
                "{} labels for {} scores",
                input.labels.len(),
                input.scores.len()
            ));
        }
        constraint::each_within("labels", &input.labels, 0..=1)?;
        constraint::each_within("scores", &input.scores, -MAX_SCORE..=MAX_SCORE)?;
        if !input.labels.contains(&1) || !input.labels.contains(&0) {
            return Err("the labels need at least one positive (1) and one negative (0)".into());
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Real, got: &Real) -> Checked {
        let (expected, got) = (&expected.0, &got.0);
        if !got.is_finite() || !(-TOLERANCE..=1.0 + TOLERANCE).contains(got) {
            return Err(format!(
                "an AUC is a fraction of pairs, between 0 and 1; got {got}"
            ));
        }
        if (expected - got).abs() <= TOLERANCE {
            return Ok(());
        }
        let (doubled, pairs) = doubled_wins(&input.scores, &input.labels);
        Err(format!(
            "the AUC must be the fraction of (positive, negative) pairs where the positive scores higher, a tie counting half: {} of {} pairs, {expected}; got {got} (a difference of {:.3e}, over the tolerance {TOLERANCE:e}){}",
            doubled as f64 / 2.0,
            pairs / 2,
            (expected - got).abs(),
            if input.scores.iter().enumerate().any(|(i, s)| input.scores[..i].contains(s)) {
                "; this input has tied scores"
            } else {
                ""
            }
        ))
    }
}

/// The harness's entry point for this drill.
pub fn judge(solve: fn(Vec<f64>, Vec<i32>) -> f64) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| Real(solve(input.scores, input.labels)))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn pairs_and_ties() {
        assert_eq!(reference(vec![0.1, 0.4, 0.35, 0.8], vec![0, 0, 1, 1]), 0.75);
        assert_eq!(reference(vec![1.0, 1.0], vec![0, 1]), 0.5);
        assert_eq!(reference(vec![3.0, 1.0], vec![1, 0]), 1.0);
        // A monotone transform of the scores changes nothing.
        let scores = vec![0.2, 0.9, 0.2, 0.5, 0.7];
        let labels = vec![1, 1, 0, 0, 1];
        let squashed: Vec<f64> = scores.iter().map(|s: &f64| s.exp()).collect();
        assert_eq!(
            reference(scores, labels.clone()),
            reference(squashed, labels)
        );
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            scores: vec![1.0, 1.0, 2.0],
            labels: vec![0, 1, 1],
        };
        let message = Problem::check(&input, &Real(0.75), &Real(0.5)).unwrap_err();
        assert!(message.contains("a tie counting half") && message.contains("tied scores"));
        assert!(Problem::check(&input, &Real(0.75), &Real(f64::NAN)).is_err());
    }
}

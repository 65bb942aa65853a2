//! Reservoir sampling, an ML coding drill. Target: one pass over the stream with O(k) memory
//! (Algorithm R: the i-th item, counting from 1, enters the reservoir with probability k / i and
//! replaces a uniformly chosen slot). A random sample has no single right answer, and which
//! generator the learner uses is the learner's business, so the judge's entry point calls the
//! learner's function with the seeds `seed, seed + 1, ...` and reports what it saw: how often each
//! position was sampled, the first answer that is not a sample, and a seed that gave two different
//! samples. The checker judges validity (min(k, n) distinct items of the stream), reproducibility
//! (the same seed, the same sample) and uniformity (a chi-square test of the positions' counts
//! against a fixed bound, so the verdict is reproducible).

use std::collections::HashMap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub stream: Vec<i32>,
    pub k: usize,
    pub seed: u64,
}

/// What the judge saw over many calls of the learner's function.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    /// Calls made, with the seeds `seed, seed + 1, ...`.
    pub runs: u64,
    /// How many of those samples held each position of the stream.
    pub chosen: Vec<u64>,
    /// The first call whose answer is not a sample of the stream: its seed and its answer.
    pub invalid: Option<(u64, Vec<i32>)>,
    /// A seed whose two calls gave two different samples (as sets), and the two.
    pub unreproducible: Option<(u64, Vec<i32>, Vec<i32>)>,
}

pub struct Problem;

/// The reference: Algorithm R with the engine's generator.
pub fn reference(stream: Vec<i32>, k: usize, seed: u64) -> Vec<i32> {
    let mut gen = Gen::new(seed);
    let mut reservoir = Vec::with_capacity(k.min(stream.len()));
    for (i, &item) in stream.iter().enumerate() {
        if i < k {
            reservoir.push(item);
        } else {
            // Item i + 1 (from 1) enters with probability k / (i + 1).
            let slot = gen.index(i + 1);
            if slot < k {
                reservoir[slot] = item;
            }
        }
    }
    reservoir
}

/// Another sampler: a partial Fisher-Yates shuffle of the positions, the first k kept.
fn shuffled_prefix(stream: Vec<i32>, k: usize, seed: u64) -> Vec<i32> {
    let mut gen = Gen::new(seed);
    let mut items = stream;
    let k = k.min(items.len());
    for i in 0..k {
        let j = i + gen.index(items.len() - i);
        items.swap(i, j);
    }
    items.truncate(k);
    items
}

/// How many calls the judge makes: enough for a strong test on short streams, few enough that a
/// long stream costs about 2 * 10^6 items in all.
fn runs(n: usize) -> u64 {
    (2_000_000 / n as u64).clamp(20, 2000)
}

/// Calls `sample` with the seeds `seed, seed + 1, ...` (the first twice) and tallies the answers.
fn tally(input: &Input, sample: &dyn Fn(Vec<i32>, usize, u64) -> Vec<i32>) -> Tally {
    let position: HashMap<i32, usize> = input
        .stream
        .iter()
        .enumerate()
        .map(|(p, &x)| (x, p))
        .collect();
    let n = input.stream.len();
    let wanted = input.k.min(n);
    let mut result = Tally {
        runs: runs(n),
        chosen: vec![0; n],
        invalid: None,
        unreproducible: None,
    };
    let mut seen = vec![u64::MAX; n];
    for run in 0..result.runs {
        let seed = input.seed.wrapping_add(run);
        let answer = sample(input.stream.clone(), input.k, seed);
        if run == 0 {
            let again = sample(input.stream.clone(), input.k, seed);
            let (mut a, mut b) = (answer.clone(), again.clone());
            a.sort_unstable();
            b.sort_unstable();
            if a != b {
                result.unreproducible = Some((seed, answer.clone(), again));
            }
        }
        let positions: Option<Vec<usize>> =
            answer.iter().map(|x| position.get(x).copied()).collect();
        let valid = answer.len() == wanted
            && positions.as_ref().is_some_and(|positions| {
                positions.iter().all(|&p| {
                    let fresh = seen[p] != run;
                    seen[p] = run;
                    fresh
                })
            });
        if !valid {
            if result.invalid.is_none() {
                result.invalid = Some((seed, answer));
            }
            continue;
        }
        for p in positions.into_iter().flatten() {
            result.chosen[p] += 1;
        }
    }
    result
}

/// The chi-square bound a uniform sampler stays under except with probability about 10^-9: the
/// Wilson-Hilferty approximation of the chi-square quantile with `df` degrees of freedom at
/// z = 6 standard deviations (at or above the exact quantile from 1 to 10^5 degrees of freedom).
fn chi_square_bound(df: f64) -> f64 {
    const Z: f64 = 6.0;
    let spread = 2.0 / (9.0 * df);
    df * (1.0 - spread + Z * spread.sqrt()).powi(3)
}

/// Expected counts under this are too small for the chi-square test to mean anything.
const MIN_EXPECTED: f64 = 5.0;

const MAX_N: usize = 100_000;
const MAX_K: usize = 100_000;
const MAX_VALUE: i32 = 1_000_000_000;

/// `n` distinct values in a random order.
fn distinct(n: usize, gen: &mut Gen) -> Vec<i32> {
    let mut values: Vec<i32> = (0..n as i32).map(|i| i * 7 - 350_000).collect();
    for i in (1..n).rev() {
        values.swap(i, gen.index(i + 1));
    }
    values
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Tally;
    const PARAMETERS: &'static [&'static str] = &["stream", "k", "seed"];

    fn reference(input: Input) -> Tally {
        tally(&input, &reference)
    }

    fn oracle(input: Input) -> Tally {
        tally(&input, &shuffled_prefix)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Short streams, k from 1 to past the end of the stream, any seed.
        (1..=12usize, 1..=8usize, any::<u64>(), any::<u64>())
            .prop_map(|(n, k, seed, shuffle)| Input {
                stream: distinct(n, &mut Gen::new(shuffle)),
                k,
                seed,
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // k = n / 2: every position is expected in half the samples, so the counts are
                // tested even with 20 runs.
                name: "10^5 items, k = n / 2",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    stream: distinct(n, gen),
                    k: (n / 2).max(1),
                    seed: gen.next_u64(),
                },
            },
            StressFamily {
                name: "1000 items, k = 10, 2000 runs",
                max_n: 1000,
                generate: |n, gen| Input {
                    stream: distinct(n, gen),
                    k: 10,
                    seed: gen.next_u64(),
                },
            },
            StressFamily {
                name: "10^5 items, k = 100",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    stream: distinct(n, gen),
                    k: 100,
                    seed: gen.next_u64(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("stream", input.stream.len(), 1..=MAX_N)?;
        constraint::within("k", input.k, 1..=MAX_K)?;
        constraint::each_within("stream", &input.stream, -MAX_VALUE..=MAX_VALUE)?;
        let mut first = HashMap::new();
        for (i, &x) in input.stream.iter().enumerate() {
            if let Some(j) = first.insert(x, i) {
                return Err(format!(
                    "stream[{j}] and stream[{i}] are both {x}; the stream's values are distinct"
                ));
            }
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Tally, got: &Tally) -> Checked {
        let (n, k) = (input.stream.len(), input.k);
        if got.runs != expected.runs || got.chosen.len() != n {
            return Err(format!(
                "the judge's tally is malformed ({} runs, {} positions); expected {} runs over {n} positions",
                got.runs,
                got.chosen.len(),
                expected.runs
            ));
        }
        if let Some((seed, answer)) = &got.invalid {
            return Err(not_a_sample(input, *seed, answer));
        }
        if let Some((seed, first, second)) = &got.unreproducible {
            return Err(format!(
                "two calls with the same seed {seed} returned different samples, {} and {}: the sample must depend on the seed alone (seed your generator with it, e.g. StdRng::seed_from_u64(seed))",
                shown(first),
                shown(second)
            ));
        }
        if n <= k {
            return Ok(()); // every valid answer is the whole stream
        }
        let runs = got.runs as f64;
        let expected_count = runs * k as f64 / n as f64;
        if expected_count < MIN_EXPECTED {
            return Ok(());
        }
        // A sample is a uniform k-subset: each count has variance runs·(k/n)·(1 − k/n), two
        // counts a covariance of −1/(n − 1) of that, so the usual statistic times
        // (n − 1) / (n·(1 − k/n)) follows the chi-square law with n − 1 degrees of freedom.
        let statistic = got
            .chosen
            .iter()
            .map(|&c| (c as f64 - expected_count).powi(2) / expected_count)
            .sum::<f64>()
            * (n - 1) as f64
            / (n as f64 * (1.0 - k as f64 / n as f64));
        let df = (n - 1) as f64;
        let bound = chi_square_bound(df);
        if statistic <= bound {
            return Ok(());
        }
        let (most, least) = (0..n).fold((0, 0), |(most, least), p| {
            (
                if got.chosen[p] > got.chosen[most] {
                    p
                } else {
                    most
                },
                if got.chosen[p] < got.chosen[least] {
                    p
                } else {
                    least
                },
            )
        });
        let first_k_always = got.chosen[..k].iter().all(|&c| c == got.runs);
        Err(format!(
            "the sample is not uniform: over {} runs (seeds {} and on) each of the n = {n} positions should be in about {} samples (k/n = {k}/{n} of them), but position {most} was in {} and position {least} in {}; the chi-square statistic {statistic:.1} is over the bound {bound:.1} for {n} - 1 degrees of freedom, which a uniform sampler exceeds with probability about 1e-9{}",
            got.runs,
            input.seed,
            expected_count.round(),
            got.chosen[most],
            got.chosen[least],
            if first_k_always {
                format!("; the first {k} positions were in every sample: is the reservoir ever replaced?")
            } else {
                String::new()
            }
        ))
    }
}

/// Why `answer` is not a sample of `min(k, n)` distinct items of the stream.
fn not_a_sample(input: &Input, seed: u64, answer: &[i32]) -> String {
    let wanted = input.k.min(input.stream.len());
    if answer.len() != wanted {
        return format!(
            "with seed {seed} the sample has {} items; it must have min(k, n) = min({}, {}) = {wanted}",
            answer.len(),
            input.k,
            input.stream.len()
        );
    }
    let mut seen: HashMap<i32, usize> = HashMap::new();
    for (i, &x) in answer.iter().enumerate() {
        let Some(p) = input.stream.iter().position(|&y| y == x) else {
            return format!("with seed {seed} the sample holds {x}, which is not in the stream");
        };
        if let Some(j) = seen.insert(x, i) {
            return format!(
                "with seed {seed} the sample holds the item at position {p} (value {x}) twice, at indices {j} and {i}: a sample takes {wanted} distinct positions"
            );
        }
    }
    format!(
        "with seed {seed} the answer {} is not a sample",
        shown(answer)
    )
}

fn shown(values: &[i32]) -> String {
    if values.len() <= 10 {
        format!("{values:?}")
    } else {
        format!("{:?}... ({} items)", &values[..10], values.len())
    }
}

/// The harness's entry point for this drill: the learner's function is called many times in the
/// solution's process, and the tally crosses to the referee.
pub fn judge(solve: fn(Vec<i32>, usize, u64) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&move |input: Input| tally(&input, &solve))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn samples_are_valid_and_the_bound_is_sane() {
        let stream: Vec<i32> = (10..20).collect();
        for seed in 0..50 {
            let mut sample = reference(stream.clone(), 4, seed);
            assert_eq!(sample, reference(stream.clone(), 4, seed));
            sample.sort_unstable();
            sample.dedup();
            assert_eq!(sample.len(), 4);
            assert!(sample.iter().all(|x| stream.contains(x)));
        }
        assert_eq!(reference(vec![3, 1], 5, 9), vec![3, 1]);
        // The exact 1e-9 quantiles are 37.3 at 1 degree of freedom, 62.9 at 10 and 1292.0 at
        // 1000; the approximation is above them (46.9, 65.6, 1292.3), so it errs on the side of
        // accepting.
        assert!((37.3..47.0).contains(&chi_square_bound(1.0)));
        assert!((62.9..66.0).contains(&chi_square_bound(10.0)));
        assert!((1292.0..1293.0).contains(&chi_square_bound(1000.0)));
    }

    fn first_k(stream: Vec<i32>, k: usize, _seed: u64) -> Vec<i32> {
        stream.into_iter().take(k).collect()
    }

    fn repeats(stream: Vec<i32>, k: usize, _seed: u64) -> Vec<i32> {
        vec![stream[0]; k.min(stream.len())]
    }

    #[test]
    fn a_wrong_answer_names_the_property() {
        let input = Input {
            stream: (0..10).map(|x| x * 3).collect(),
            k: 3,
            seed: 0,
        };
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &expected).is_ok());
        let why = Problem::check(&input, &expected, &tally(&input, &first_k)).unwrap_err();
        assert!(
            why.contains("not uniform") && why.contains("ever replaced"),
            "{why}"
        );
        let why = Problem::check(&input, &expected, &tally(&input, &repeats)).unwrap_err();
        assert!(why.contains("twice"), "{why}");
        let short = |stream: Vec<i32>, _: usize, _: u64| stream[..1].to_vec();
        let why = Problem::check(&input, &expected, &tally(&input, &short)).unwrap_err();
        assert!(why.contains("it must have min(k, n)"), "{why}");
        let counter = std::cell::Cell::new(0);
        let drifting = |stream: Vec<i32>, k: usize, seed: u64| {
            counter.set(counter.get() + 1);
            reference(stream, k, seed.wrapping_add(counter.get()))
        };
        let why = Problem::check(&input, &expected, &tally(&input, &drifting)).unwrap_err();
        assert!(why.contains("the same seed"), "{why}");
    }
}

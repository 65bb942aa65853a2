//! Train/test split, an ML coding drill. Target: O(n): shuffle the indices with a generator seeded
//! by `seed` (a partial Fisher-Yates of the first `t` places is enough) and take the first
//! `t = ceil(test_fraction * n)` as the test set. What is judged never depends on the generator:
//! the two lists partition 0..n, the test set has exactly `t` indices, the same seed gives the
//! same split, and seeds 0 to 7 do not all give the same split (see `seeded.rs`).

use judge_engine::prelude::*;

use crate::seeded::{self, brief, Seeded};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: usize,
    pub test_fraction: f64,
    pub seed: u64,
}

pub struct Problem;

/// `(train, test)`.
pub type Split = (Vec<usize>, Vec<usize>);
pub type Output = Seeded<Split>;

/// The size of the test set: `ceil(test_fraction * n)` in f64, as scikit-learn computes it.
pub fn test_size(n: usize, test_fraction: f64) -> usize {
    (test_fraction * n as f64).ceil() as usize
}

/// The reference: a partial Fisher-Yates shuffle puts `t` random indices in the first places.
pub fn reference(n: usize, test_fraction: f64, seed: u64) -> Split {
    let t = test_size(n, test_fraction);
    let mut gen = Gen::new(seed);
    let mut order: Vec<usize> = (0..n).collect();
    for i in 0..t {
        let j = i + gen.index(n - i);
        order.swap(i, j);
    }
    let train = order.split_off(t);
    (train, order)
}

/// Every index gets a random key; the `t` smallest keys are the test set.
fn oracle(n: usize, test_fraction: f64, seed: u64) -> Split {
    let t = test_size(n, test_fraction);
    let mut gen = Gen::new(seed.wrapping_add(1));
    let mut keyed: Vec<(u64, usize)> = (0..n).map(|i| (gen.next_u64(), i)).collect();
    keyed.sort_unstable();
    let test = keyed[..t].iter().map(|&(_, i)| i).collect();
    let train = keyed[t..].iter().map(|&(_, i)| i).collect();
    (train, test)
}

fn calls(solve: impl Fn(usize, f64, u64) -> Split, input: &Input) -> Output {
    seeded::calls(
        |seed| solve(input.n, input.test_fraction, seed),
        input.seed,
        |(train, test)| {
            let (mut train, mut test) = (train.clone(), test.clone());
            train.sort_unstable();
            test.sort_unstable();
            (train, test)
        },
    )
}

const MAX_N: usize = 100_000;

fn show(split: &Split) -> String {
    format!("train {}, test {}", brief(&split.0), brief(&split.1))
}

/// The two lists partition 0..n and the test set has `t` indices.
fn check_split(input: &Input, (train, test): &Split) -> Checked {
    let n = input.n;
    let mut side: Vec<Option<&str>> = vec![None; n];
    for (name, list) in [("train", train), ("test", test)] {
        for &index in list {
            if index >= n {
                return Err(format!(
                    "train and test must partition the indices 0..{n}: the {name} set holds {index}, outside that range"
                ));
            }
            if let Some(first) = side[index] {
                return Err(if first == name {
                    format!("train and test must partition the indices: index {index} is twice in the {name} set")
                } else {
                    format!("train and test must be disjoint: index {index} is in both")
                });
            }
            side[index] = Some(name);
        }
    }
    if let Some(missing) = side.iter().position(Option::is_none) {
        return Err(format!(
            "train and test must partition the indices 0..{n}: index {missing} is in neither ({} are missing)",
            side.iter().filter(|s| s.is_none()).count()
        ));
    }
    let t = test_size(n, input.test_fraction);
    if test.len() != t {
        return Err(format!(
            "the test set's size must be ceil(test_fraction * n) = ceil({} * {n}) = {t} (the product is {} in f64); got a test set of {} and a train set of {}",
            input.test_fraction,
            input.test_fraction * n as f64,
            test.len(),
            train.len()
        ));
    }
    Ok(())
}

/// The natural log of C(n, t).
fn ln_ways(n: usize, t: usize) -> f64 {
    seeded::ln_ways(&[t, n - t])
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Output;
    const PARAMETERS: &'static [&'static str] = &["n", "test_fraction", "seed"];

    fn reference(input: Input) -> Output {
        calls(reference, &input)
    }

    fn oracle(input: Input) -> Output {
        calls(oracle, &input)
    }

    fn strategy() -> BoxedStrategy<Input> {
        (2..=40usize, 1..=99u32, any::<u64>())
            .prop_map(|(n, percent, seed)| {
                let mut test_fraction = f64::from(percent) / 100.0;
                if test_size(n, test_fraction) >= n {
                    test_fraction = 0.5;
                }
                Input {
                    n,
                    test_fraction,
                    seed,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "half the data for testing",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    n: n.max(2),
                    test_fraction: 0.5,
                    seed: gen.next_u64(),
                },
            },
            StressFamily {
                name: "a fifth for testing",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    n: n.max(2),
                    test_fraction: 0.2,
                    seed: gen.next_u64(),
                },
            },
            StressFamily {
                name: "almost everything for testing",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    n: n.max(1000),
                    test_fraction: 0.99,
                    seed: gen.next_u64(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 2..=MAX_N)?;
        if !(input.test_fraction > 0.0 && input.test_fraction < 1.0) {
            return Err(format!(
                "test_fraction = {}; allowed strictly between 0 and 1",
                input.test_fraction
            ));
        }
        let t = test_size(input.n, input.test_fraction);
        if t >= input.n {
            return Err(format!(
                "ceil(test_fraction * n) = {t} leaves no example for training (n = {})",
                input.n
            ));
        }
        Ok(())
    }

    fn check(input: &Input, _expected: &Output, got: &Output) -> Checked {
        check_split(input, &got.answer)?;
        let t = test_size(input.n, input.test_fraction);
        seeded::check_seed_use(got, input.seed, ln_ways(input.n, t), "split", show)
    }
}

/// The harness's entry point for this drill: the learner's function is called for the input's
/// seed, again with it, and with seeds 0 to 7.
pub fn judge(solve: fn(usize, f64, u64) -> Split) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| calls(solve, &input))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn sizes_follow_the_ceiling() {
        assert_eq!(test_size(10, 0.25), 3);
        assert_eq!(test_size(10, 0.3), 3);
        // 0.07 * 100 is 7.000000000000001 in f64.
        assert_eq!(test_size(100, 0.07), 8);
        let (train, test) = reference(10, 0.25, 4);
        assert_eq!((train.len(), test.len()), (7, 3));
        assert_eq!(reference(50, 0.2, 1), reference(50, 0.2, 1));
    }

    #[test]
    fn wrong_splits_name_the_property() {
        let input = Input {
            n: 10,
            test_fraction: 0.25,
            seed: 0,
        };
        let truncated = ((0..8).collect(), vec![8, 9]);
        assert!(check_split(&input, &truncated)
            .unwrap_err()
            .contains("= 3 (the product is 2.5 in f64)"));
        let overlapping = ((0..8).collect(), vec![7, 8, 9]);
        assert!(check_split(&input, &overlapping)
            .unwrap_err()
            .contains("index 7 is in both"));
        let missing = ((0..6).collect(), vec![7, 8, 9]);
        assert!(check_split(&input, &missing)
            .unwrap_err()
            .contains("index 6 is in neither"));
    }
}

//! K-fold split, an ML coding drill. Target: O(n): shuffle the indices once with a generator
//! seeded by `seed` (Fisher-Yates), then cut them into k folds whose sizes differ by at most one.
//! What is judged never depends on the generator: the folds must be k lists that partition
//! 0..n with sizes differing by at most one; a second call with the same seed must give the same
//! folds; and seeds 0 to 7 must not all give the same folds (see `seeded.rs`).

use judge_engine::prelude::*;

use crate::seeded::{self, brief_lists, Seeded};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: usize,
    pub k: usize,
    pub seed: u64,
}

pub struct Problem;

/// The reference: a Fisher-Yates shuffle, then the first `n % k` folds take one index more.
pub fn reference(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
    let mut gen = Gen::new(seed);
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, gen.index(i + 1));
    }
    let (base, extra) = (n / k, n % k);
    let mut folds = Vec::with_capacity(k);
    let mut start = 0;
    for fold in 0..k {
        let size = base + usize::from(fold < extra);
        folds.push(order[start..start + size].to_vec());
        start += size;
    }
    folds
}

/// Every index gets a random key; sorted by key, the indices are dealt to the folds in turn.
fn oracle(n: usize, k: usize, seed: u64) -> Vec<Vec<usize>> {
    let mut gen = Gen::new(seed.wrapping_add(1));
    let mut keyed: Vec<(u64, usize)> = (0..n).map(|i| (gen.next_u64(), i)).collect();
    keyed.sort_unstable();
    let mut folds = vec![Vec::new(); k];
    for (position, (_, index)) in keyed.into_iter().enumerate() {
        folds[position % k].push(index);
    }
    folds
}

/// What the judge gathers from a k-fold function: see `seeded.rs`.
fn calls(solve: impl Fn(usize, usize, u64) -> Vec<Vec<usize>>, input: &Input) -> Output {
    seeded::calls(
        |seed| solve(input.n, input.k, seed),
        input.seed,
        |folds| seeded::sorted_lists(folds),
    )
}

pub type Output = Seeded<Vec<Vec<usize>>>;

const MAX_N: usize = 100_000;

/// The properties of k folds of 0..n: there are k, each index is in exactly one, and their sizes
/// differ by at most one.
pub fn check_folds(n: usize, k: usize, folds: &[Vec<usize>]) -> Checked {
    if folds.len() != k {
        return Err(format!(
            "there must be k = {k} folds; got {} lists",
            folds.len()
        ));
    }
    let mut fold_of: Vec<Option<usize>> = vec![None; n];
    for (fold, indices) in folds.iter().enumerate() {
        for &index in indices {
            if index >= n {
                return Err(format!(
                    "the folds must partition the indices 0..{n}: fold {fold} holds {index}, outside that range"
                ));
            }
            if let Some(first) = fold_of[index] {
                return Err(if first == fold {
                    format!("the folds must partition the indices: index {index} is twice in fold {fold}")
                } else {
                    format!("the folds must partition the indices: index {index} is in folds {first} and {fold}")
                });
            }
            fold_of[index] = Some(fold);
        }
    }
    if let Some(missing) = fold_of.iter().position(Option::is_none) {
        let count = fold_of.iter().filter(|f| f.is_none()).count();
        return Err(format!(
            "the folds must partition the indices 0..{n}: index {missing} is in no fold ({count} indices are missing; every index must be tested exactly once)"
        ));
    }
    let smallest = (0..k).min_by_key(|&f| folds[f].len()).unwrap_or(0);
    let largest = (0..k).max_by_key(|&f| folds[f].len()).unwrap_or(0);
    if folds[largest].len() > folds[smallest].len() + 1 {
        let allowed = if n.is_multiple_of(k) {
            format!("{}", n / k)
        } else {
            format!("{} or {}", n / k, n.div_ceil(k))
        };
        return Err(format!(
            "fold sizes must differ by at most one: fold {smallest} has {} indices and fold {largest} has {} (n = {n}, k = {k}: each fold holds {allowed})",
            folds[smallest].len(),
            folds[largest].len(),
        ));
    }
    Ok(())
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Output;
    const PARAMETERS: &'static [&'static str] = &["n", "k", "seed"];

    fn reference(input: Input) -> Output {
        calls(reference, &input)
    }

    fn oracle(input: Input) -> Output {
        calls(oracle, &input)
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=40usize, any::<u64>(), any::<u64>())
            .prop_map(|(n, pick, seed)| Input {
                n,
                // Small k as often as large: k = 1 and k = n are edges.
                k: 1 + (pick % n as u64) as usize,
                seed,
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "ten folds with a remainder",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    n: n.max(13) - 3,
                    k: 10,
                    seed: gen.next_u64(),
                },
            },
            StressFamily {
                name: "leave-one-out (k = n)",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    n: n.max(1),
                    k: n.max(1),
                    seed: gen.next_u64(),
                },
            },
            StressFamily {
                name: "two folds",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    n: n.max(2),
                    k: 2,
                    seed: gen.next_u64(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=MAX_N)?;
        constraint::within("k", input.k, 1..=input.n)
    }

    fn check(input: &Input, _expected: &Output, got: &Output) -> Checked {
        check_folds(input.n, input.k, &got.answer)?;
        let sizes: Vec<usize> = got.answer.iter().map(Vec::len).collect();
        seeded::check_seed_use(got, input.seed, seeded::ln_ways(&sizes), "folds", |folds| {
            brief_lists(folds)
        })
    }
}

/// The harness's entry point for this drill: the learner's function is called for the input's
/// seed, again with it, and with seeds 0 to 7.
pub fn judge(solve: fn(usize, usize, u64) -> Vec<Vec<usize>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| calls(solve, &input))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn folds_partition_and_balance() {
        let folds = reference(10, 4, 7);
        assert_eq!(
            folds.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![3, 3, 2, 2]
        );
        assert!(check_folds(10, 4, &folds).is_ok());
        assert_eq!(reference(5, 5, 1).len(), 5);
        assert_eq!(reference(5, 1, 1)[0].len(), 5);
        // The same seed, the same folds; another seed, other folds.
        assert_eq!(reference(30, 3, 11), reference(30, 3, 11));
        assert_ne!(reference(30, 3, 11), reference(30, 3, 12));
    }

    #[test]
    fn wrong_folds_name_the_property() {
        let dropped = vec![vec![0, 1], vec![2, 3], vec![4, 5]];
        assert!(check_folds(7, 3, &dropped)
            .unwrap_err()
            .contains("index 6 is in no fold"));
        let lopsided = vec![vec![0, 1], vec![2, 3], vec![4, 5, 6, 7]];
        assert!(check_folds(8, 3, &lopsided)
            .unwrap_err()
            .contains("fold sizes must differ by at most one"));
        let twice = vec![vec![0, 1], vec![1, 2]];
        assert!(check_folds(4, 2, &twice)
            .unwrap_err()
            .contains("index 1 is in folds 0 and 1"));
        assert!(check_folds(4, 3, &twice)
            .unwrap_err()
            .contains("k = 3 folds"));
        // Contiguous folds, whatever the seed: not shuffled.
        let contiguous = |n: usize, k: usize, _seed: u64| -> Vec<Vec<usize>> {
            (0..k)
                .map(|f| (f * n / k..(f + 1) * n / k).collect())
                .collect()
        };
        let input = Input {
            n: 20,
            k: 4,
            seed: 3,
        };
        let got = calls(contiguous, &input);
        let expected = Problem::reference(input.clone());
        assert!(Problem::check(&input, &expected, &got)
            .unwrap_err()
            .contains("shuffled with the seed"));
    }
}

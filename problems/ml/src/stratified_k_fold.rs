//! Stratified k-fold split, an ML coding drill. Target: O(n log n): group the indices by class
//! (a sort by label, or a hash map), shuffle each class with a generator seeded by `seed`, lay the
//! classes end to end and deal the indices to the folds in turn. Dealing the whole sequence in
//! turn gives every fold floor(m/k) or ceil(m/k) of each class of m examples and keeps the fold
//! sizes within one of each other. What is judged never depends on the generator: those two
//! properties, the folds partitioning 0..n, and the seed's use (see `seeded.rs`).

use std::collections::{BTreeMap, HashMap};

use judge_engine::prelude::*;

use crate::k_fold_split::check_folds;
use crate::seeded::{self, brief_lists, Seeded};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub labels: Vec<i32>,
    pub k: usize,
    pub seed: u64,
}

pub struct Problem;

pub type Output = Seeded<Vec<Vec<usize>>>;

/// The reference: the indices sorted by label, each class shuffled (Fisher-Yates), then dealt.
pub fn reference(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
    let mut gen = Gen::new(seed);
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_unstable_by_key(|&i| (labels[i], i));
    let mut start = 0;
    while start < order.len() {
        let mut end = start;
        while end < order.len() && labels[order[end]] == labels[order[start]] {
            end += 1;
        }
        let class = &mut order[start..end];
        for i in (1..class.len()).rev() {
            class.swap(i, gen.index(i + 1));
        }
        start = end;
    }
    let mut folds = vec![Vec::with_capacity(labels.len() / k + 1); k];
    for (position, index) in order.into_iter().enumerate() {
        folds[position % k].push(index);
    }
    folds
}

/// Class by class (in random order within a class), each example goes to the fold holding the
/// fewest of its class, the smallest such fold first.
fn oracle(labels: Vec<i32>, k: usize, seed: u64) -> Vec<Vec<usize>> {
    let mut gen = Gen::new(seed.wrapping_add(1));
    let mut classes: BTreeMap<i32, Vec<(u64, usize)>> = BTreeMap::new();
    for (i, &label) in labels.iter().enumerate() {
        classes.entry(label).or_default().push((gen.next_u64(), i));
    }
    let mut folds = vec![Vec::new(); k];
    for (_, mut members) in classes {
        members.sort_unstable();
        let mut of_class = vec![0usize; k];
        for (_, index) in members {
            let fold = (0..k)
                .min_by_key(|&f| (of_class[f], folds[f].len(), f))
                .expect("k >= 1");
            of_class[fold] += 1;
            folds[fold].push(index);
        }
    }
    folds
}

fn calls(solve: impl Fn(Vec<i32>, usize, u64) -> Vec<Vec<usize>>, input: &Input) -> Output {
    seeded::calls(
        |seed| solve(input.labels.clone(), input.k, seed),
        input.seed,
        |folds| seeded::sorted_lists(folds),
    )
}

const MAX_N: usize = 100_000;
const MAX_LABEL: i32 = 1_000_000_000;

/// Every fold holds floor(m / k) or ceil(m / k) of each class of m examples; the folds are known
/// to partition 0..n.
fn check_strata(labels: &[i32], k: usize, folds: &[Vec<usize>]) -> Checked {
    let mut totals: BTreeMap<i32, usize> = BTreeMap::new();
    for &label in labels {
        *totals.entry(label).or_default() += 1;
    }
    // A class with at least k examples must appear in every fold.
    let everywhere: Vec<i32> = totals
        .iter()
        .filter(|&(_, &m)| m >= k)
        .map(|(&c, _)| c)
        .collect();
    for (fold, indices) in folds.iter().enumerate() {
        let mut here: HashMap<i32, usize> = HashMap::new();
        for &i in indices {
            *here.entry(labels[i]).or_default() += 1;
        }
        let absent = everywhere.iter().find(|c| !here.contains_key(c));
        let mut counts: Vec<(i32, usize)> = here.into_iter().collect();
        counts.sort_unstable();
        let wrong = absent.map(|&c| (c, 0)).or_else(|| {
            counts.iter().copied().find(|&(c, count)| {
                let m = totals[&c];
                count < m / k || count > m.div_ceil(k)
            })
        });
        if let Some((class, count)) = wrong {
            let m = totals[&class];
            let allowed = if m.is_multiple_of(k) {
                format!("{}", m / k)
            } else {
                format!("{} or {}", m / k, m.div_ceil(k))
            };
            return Err(format!(
                "each fold must keep the class proportions of the whole, within one example: class {class} has {m} of the {} examples, so each of the {k} folds must hold {allowed} of them; fold {fold} holds {count}",
                labels.len()
            ));
        }
    }
    Ok(())
}

/// The natural log of the number of stratified splits with these class counts per fold.
fn ln_ways(labels: &[i32], folds: &[Vec<usize>]) -> f64 {
    let mut per_class: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    for (fold, indices) in folds.iter().enumerate() {
        for &i in indices {
            let counts = per_class
                .entry(labels[i])
                .or_insert_with(|| vec![0; folds.len()]);
            counts[fold] += 1;
        }
    }
    per_class.values().map(|c| seeded::ln_ways(c)).sum()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Output;
    const PARAMETERS: &'static [&'static str] = &["labels", "k", "seed"];

    fn reference(input: Input) -> Output {
        calls(reference, &input)
    }

    fn oracle(input: Input) -> Output {
        calls(oracle, &input)
    }

    fn strategy() -> BoxedStrategy<Input> {
        (
            prop::collection::vec(0..4usize, 1..=40),
            prop_oneof![Just(false), Just(true)],
            any::<u64>(),
            any::<u64>(),
        )
            .prop_map(|(classes, far_apart, pick, seed)| {
                let n = classes.len();
                // Class ids need not be 0, 1, 2: sometimes they are far apart and negative.
                let labels = classes
                    .into_iter()
                    .map(|c| {
                        if far_apart {
                            (c as i32 - 2) * 400_000_000
                        } else {
                            c as i32
                        }
                    })
                    .collect();
                Input {
                    labels,
                    k: 1 + (pick % n as u64) as usize,
                    seed,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "two classes, one in ten positive, five folds",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(5);
                    Input {
                        labels: (0..n).map(|_| i32::from(gen.chance(1, 10))).collect(),
                        k: 5,
                        seed: gen.next_u64(),
                    }
                },
            },
            StressFamily {
                // One pass over the data per class is n^2 / 10 comparisons here.
                name: "many small classes with scattered ids, ten folds",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(10);
                    let ids: Vec<i32> = (0..(n / 10).max(1))
                        .map(|_| gen.int(-i64::from(MAX_LABEL), i64::from(MAX_LABEL)) as i32)
                        .collect();
                    Input {
                        labels: (0..n).map(|_| ids[gen.index(ids.len())]).collect(),
                        k: 10,
                        seed: gen.next_u64(),
                    }
                },
            },
            StressFamily {
                name: "seven classes of uneven sizes, k = 7",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(7);
                    Input {
                        labels: (0..n)
                            .map(|_| (gen.int(0, 99) as f64).sqrt() as i32 % 7)
                            .collect(),
                        k: 7,
                        seed: gen.next_u64(),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("labels", input.labels.len(), 1..=MAX_N)?;
        constraint::within("k", input.k, 1..=input.labels.len())?;
        constraint::each_within("labels", &input.labels, -MAX_LABEL..=MAX_LABEL)
    }

    fn check(input: &Input, _expected: &Output, got: &Output) -> Checked {
        check_folds(input.labels.len(), input.k, &got.answer)?;
        check_strata(&input.labels, input.k, &got.answer)?;
        seeded::check_seed_use(
            got,
            input.seed,
            ln_ways(&input.labels, &got.answer),
            "folds",
            |folds| brief_lists(folds),
        )
    }
}

/// The harness's entry point for this drill: the learner's function is called for the input's
/// seed, again with it, and with seeds 0 to 7.
pub fn judge(solve: fn(Vec<i32>, usize, u64) -> Vec<Vec<usize>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| calls(solve, &input))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn folds_keep_the_proportions() {
        let labels = vec![0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2];
        let folds = reference(labels.clone(), 3, 5);
        assert!(check_folds(12, 3, &folds).is_ok());
        assert!(check_strata(&labels, 3, &folds).is_ok());
        for fold in &folds {
            let ones = fold.iter().filter(|&&i| labels[i] == 1).count();
            assert_eq!(ones, 2);
        }
    }

    #[test]
    fn unbalanced_folds_name_the_class() {
        let labels = vec![1, 1, 1, 1, 0, 0, 0, 0];
        // Sizes are fine, but the first fold has every positive.
        let folds = vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7]];
        let message = check_strata(&labels, 2, &folds).unwrap_err();
        assert!(
            message.contains("class 0 has 4 of the 8 examples")
                && message.contains("must hold 2 of them; fold 0 holds 0"),
            "{message}"
        );
        // Each class split by itself, remainders to fold 0: sizes 3 and 1.
        let labels = vec![0, 1, 2, 3];
        let lopsided = vec![vec![0, 1, 2], vec![3]];
        assert!(check_strata(&labels, 2, &lopsided).is_ok());
        assert!(check_folds(4, 2, &lopsided)
            .unwrap_err()
            .contains("differ by at most one"));
    }
}

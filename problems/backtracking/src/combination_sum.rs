//! Combination Sum (LeetCode 39). Target: O(2^(t/m)) time for target t and smallest candidate m, the
//! size of the search tree: sort, then a depth-first search that takes candidates in
//! non-decreasing order (each any number of times) and stops a level at the first candidate larger
//! than what is left. Any order, outside and inside.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

use crate::lists;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub candidates: Vec<i32>,
    pub target: i32,
}

pub struct Problem;

fn search(
    sorted: &[i32],
    start: usize,
    left: i32,
    current: &mut Vec<i32>,
    all: &mut Vec<Vec<i32>>,
) {
    if left == 0 {
        all.push(current.clone());
        return;
    }
    for i in start..sorted.len() {
        if sorted[i] > left {
            break;
        }
        current.push(sorted[i]);
        // `i`, not `i + 1`: the same candidate may be taken again.
        search(sorted, i, left - sorted[i], current, all);
        current.pop();
    }
}

/// The reference, with LeetCode's signature.
pub fn reference(mut candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
    candidates.sort_unstable();
    let mut all = Vec::new();
    search(&candidates, 0, target, &mut Vec::new(), &mut all);
    all
}

const MAX_LEN: usize = 30;
const MIN_VALUE: i32 = 2;
const MAX_VALUE: i32 = 40;
const MAX_TARGET: i32 = 40;
/// LeetCode promises fewer combinations than this.
const COMBINATIONS: u64 = 150;

/// How many combinations of `candidates` add up to `target` (coin-change counting).
fn count(candidates: &[i32], target: i32) -> u64 {
    let mut ways = vec![0u64; target as usize + 1];
    ways[0] = 1;
    for &c in candidates {
        for t in c as usize..=target as usize {
            ways[t] += ways[t - c as usize];
        }
    }
    ways[target as usize]
}

/// Keeps LeetCode's promise of fewer than 150 combinations: drops random candidates until it holds
/// (with one candidate left there is at most one combination).
fn fewer_than_150(mut candidates: Vec<i32>, target: i32, gen: &mut Gen) -> Input {
    while count(&candidates, target) >= COMBINATIONS {
        candidates.remove(gen.index(candidates.len()));
    }
    Input { candidates, target }
}

fn shuffled(mut values: Vec<i32>, gen: &mut Gen) -> Vec<i32> {
    for i in (1..values.len()).rev() {
        values.swap(i, gen.index(i + 1));
    }
    values
}

/// `len` distinct candidates of low..=high.
fn distinct(len: usize, low: i32, high: i32, gen: &mut Gen) -> Vec<i32> {
    let mut values = shuffled((low..=high).collect(), gen);
    values.truncate(len);
    values
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["candidates", "target"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.candidates, input.target)
    }

    /// How many times to take each candidate, every choice of counts that fits, without sorting
    /// or cutting anything short.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        fn counts(candidates: &[i32], left: i32, taken: &mut Vec<i32>, all: &mut Vec<Vec<i32>>) {
            let Some((&c, rest)) = candidates.split_first() else {
                if left == 0 {
                    all.push(taken.clone());
                }
                return;
            };
            let before = taken.len();
            let mut left = left;
            loop {
                counts(rest, left, taken, all);
                if left < c {
                    break;
                }
                left -= c;
                taken.push(c);
            }
            taken.truncate(before);
        }
        let mut all = Vec::new();
        counts(&input.candidates, input.target, &mut Vec::new(), &mut all);
        all
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few small candidates and small targets: several combinations, reuse, and no answer.
        (1..=5usize, 1..=20i32, any::<u64>())
            .prop_map(|(len, target, seed)| {
                let mut gen = Gen::new(seed);
                let candidates = distinct(len, MIN_VALUE, 12, &mut gen);
                fewer_than_150(candidates, target, &mut gen)
            })
            .boxed()
    }

    /// `n` is the target.
    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // 44 combinations at 40, but 5 million ordered ways to reach it: trying every
                // candidate at every step and removing reorderings afterwards drowns.
                name: "candidates 2, 3 and 4: few combinations, millions of orderings",
                max_n: MAX_TARGET as usize,
                generate: |n, gen| Input {
                    candidates: shuffled(vec![2, 3, 4], gen),
                    target: n as i32,
                },
            },
            StressFamily {
                // Only 2 fits below the target often: after sorting, each level stops at the
                // second candidate; without sorting, every level tries all thirty.
                name: "2 and every value from 11 to 39, shuffled (pruning after sorting)",
                max_n: MAX_TARGET as usize,
                generate: |n, gen| {
                    let mut candidates = vec![2];
                    candidates.extend(11..=39);
                    fewer_than_150(shuffled(candidates, gen), n as i32, gen)
                },
            },
            StressFamily {
                // An odd target is never hit: the whole search finds nothing.
                name: "every even candidate, odd target (no combination)",
                max_n: MAX_TARGET as usize,
                generate: |n, gen| Input {
                    candidates: shuffled((1..=20).map(|k| 2 * k).collect(), gen),
                    target: (n as i32 - 1) | 1,
                },
            },
            StressFamily {
                name: "random candidates, fewer than 150 combinations",
                max_n: MAX_TARGET as usize,
                generate: |n, gen| {
                    let len = gen.int(1, MAX_LEN as i64) as usize;
                    let candidates = distinct(len, MIN_VALUE, MAX_VALUE, gen);
                    fewer_than_150(candidates, n as i32, gen)
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("candidates", input.candidates.len(), 1..=MAX_LEN)?;
        constraint::each_within("candidates", &input.candidates, MIN_VALUE..=MAX_VALUE)?;
        constraint::within("target", input.target, 1..=MAX_TARGET)?;
        let mut seen = BTreeSet::new();
        if let Some(value) = input.candidates.iter().find(|&&v| !seen.insert(v)) {
            return Err(format!(
                "candidates holds {value} twice; LeetCode's candidates are distinct"
            ));
        }
        let combinations = count(&input.candidates, input.target);
        if combinations >= COMBINATIONS {
            return Err(format!(
                "{combinations} combinations add up to {}; LeetCode promises fewer than {COMBINATIONS}",
                input.target
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        let candidates: BTreeSet<i32> = input.candidates.iter().copied().collect();
        lists::check_lists(expected, got, false, |list| {
            if let Some(value) = list.iter().find(|v| !candidates.contains(v)) {
                return Some(format!("uses {value}, which is not a candidate"));
            }
            let sum: i64 = list.iter().map(|&v| i64::from(v)).sum();
            (sum != i64::from(input.target))
                .then(|| format!("adds up to {sum}, not to the target {}", input.target))
        })
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.candidates, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_orderings_kept,
        "../../submissions/backtracking/combination_sum/wrong_orderings_kept.rs"
    );
    submission!(
        wrong_each_candidate_once,
        "../../submissions/backtracking/combination_sum/wrong_each_candidate_once.rs"
    );
    submission!(
        wrong_break_without_sorting,
        "../../submissions/backtracking/combination_sum/wrong_break_without_sorting.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_orderings_kept::Solution::combination_sum(input.candidates, input.target)
            }),
            "wrong_orderings_kept"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_each_candidate_once::Solution::combination_sum(input.candidates, input.target)
            }),
            "wrong_each_candidate_once"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_break_without_sorting::Solution::combination_sum(
                    input.candidates,
                    input.target,
                )
            }),
            "wrong_break_without_sorting"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![2, 3, 6, 7], 7), vec![vec![2, 2, 3], vec![7]]);
        assert_eq!(
            reference(vec![2, 3, 5], 8),
            vec![vec![2, 2, 2, 2], vec![2, 3, 3], vec![3, 5]]
        );
        assert!(reference(vec![2], 1).is_empty());
    }

    #[test]
    fn wrong_sums_and_strangers_are_named() {
        let input = Input {
            candidates: vec![2, 3, 6, 7],
            target: 7,
        };
        let expected = reference(vec![2, 3, 6, 7], 7);
        let why = Problem::check(
            &input,
            &expected,
            &vec![vec![2, 2, 3], vec![7], vec![2, 2, 2]],
        )
        .unwrap_err();
        assert_eq!(why, "[2, 2, 2] adds up to 6, not to the target 7");
        let why = Problem::check(&input, &expected, &vec![vec![2, 5], vec![7]]).unwrap_err();
        assert_eq!(why, "[2, 5] uses 5, which is not a candidate");
        let why = Problem::check(
            &input,
            &expected,
            &vec![vec![2, 2, 3], vec![3, 2, 2], vec![7]],
        )
        .unwrap_err();
        assert!(
            why.starts_with("[2, 2, 3] appears twice, expected once"),
            "{why}"
        );
    }

    #[test]
    fn too_many_combinations_are_refused() {
        let candidates: Vec<i32> = (2..=31).collect();
        let why = Problem::validate(&Input {
            candidates,
            target: 40,
        })
        .unwrap_err();
        assert!(why.contains("LeetCode promises fewer than 150"), "{why}");
    }

    #[test]
    fn the_counting_agrees_with_the_search() {
        let mut gen = Gen::new(9);
        for _ in 0..200 {
            let len = gen.int(1, 8) as usize;
            let candidates = distinct(len, MIN_VALUE, 15, &mut gen);
            let target = gen.int(1, 30) as i32;
            assert_eq!(
                count(&candidates, target),
                reference(candidates, target).len() as u64
            );
        }
    }
}

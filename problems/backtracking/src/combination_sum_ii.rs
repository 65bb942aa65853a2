//! Combination Sum II (LeetCode 40). Target: O(n·2^n) time at worst, and in practice the size of
//! the search tree: sort, then a depth-first search that takes each candidate at most once, tries
//! each distinct value once per level (so equal candidates never build the same combination
//! twice), and stops a level at the first value larger than what is left. Any order, outside and
//! inside.

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
        // Another copy of the value just tried at this level would build the same combinations.
        if i > start && sorted[i] == sorted[i - 1] {
            continue;
        }
        current.push(sorted[i]);
        search(sorted, i + 1, left - sorted[i], current, all);
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

const MAX_LEN: usize = 100;
const MAX_VALUE: i32 = 50;
const MAX_TARGET: i32 = 30;

fn shuffled(mut values: Vec<i32>, gen: &mut Gen) -> Vec<i32> {
    for i in (1..values.len()).rev() {
        values.swap(i, gen.index(i + 1));
    }
    values
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["candidates", "target"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.candidates, input.target)
    }

    /// For each distinct value, every number of copies from none to all it has, without sorting
    /// into a search order or skipping anything.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        fn copies(
            values: &[(i32, usize)],
            left: i32,
            taken: &mut Vec<i32>,
            all: &mut Vec<Vec<i32>>,
        ) {
            let Some((&(value, have), rest)) = values.split_first() else {
                if left == 0 {
                    all.push(taken.clone());
                }
                return;
            };
            let before = taken.len();
            let mut left = left;
            for used in 0..=have {
                if used > 0 {
                    if left < value {
                        break;
                    }
                    left -= value;
                    taken.push(value);
                }
                copies(rest, left, taken, all);
            }
            taken.truncate(before);
        }
        let values: Vec<(i32, usize)> = lists::counts(&input.candidates).into_iter().collect();
        let mut all = Vec::new();
        copies(&values, input.target, &mut Vec::new(), &mut all);
        all
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few small values, so that candidates repeat and combinations need two copies of one.
        (prop::collection::vec(1..=6i32, 1..=8), 1..=12i32)
            .prop_map(|(candidates, target)| Input { candidates, target })
            .boxed()
    }

    /// `n` is the number of candidates.
    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // One combination (thirty 1s) once n >= 30, but C(n, 30) ways to pick the
                // candidates: taking equal candidates as different ones never ends.
                name: "n copies of 1, target 30",
                max_n: MAX_LEN,
                generate: |n, _| Input {
                    candidates: vec![1; n],
                    target: MAX_TARGET,
                },
            },
            StressFamily {
                name: "n candidates from 1 to 5 in random order, target 30",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    candidates: (0..n).map(|_| gen.int(1, 5) as i32).collect(),
                    target: MAX_TARGET,
                },
            },
            StressFamily {
                // Mostly values above the target: after sorting, each level stops early.
                name: "a few 1s and 2s among values from 20 to 50, target 30",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let small = n.div_ceil(5);
                    let mut candidates: Vec<i32> =
                        (0..small).map(|_| gen.int(1, 2) as i32).collect();
                    candidates.extend((small..n).map(|_| gen.int(20, i64::from(MAX_VALUE)) as i32));
                    Input {
                        candidates: shuffled(candidates, gen),
                        target: MAX_TARGET,
                    }
                },
            },
            StressFamily {
                name: "n random candidates from 1 to 50, random target",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    candidates: gen.ints(n, 1, MAX_VALUE),
                    target: gen.int(1, i64::from(MAX_TARGET)) as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("candidates", input.candidates.len(), 1..=MAX_LEN)?;
        constraint::each_within("candidates", &input.candidates, 1..=MAX_VALUE)?;
        constraint::within("target", input.target, 1..=MAX_TARGET)
    }

    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        let pool = lists::counts(&input.candidates);
        lists::check_lists(expected, got, false, |list| {
            if let Some(why) = lists::not_drawn_from(list, &pool, "candidates") {
                return Some(why);
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
        wrong_reuses_a_candidate,
        "../../submissions/backtracking/combination_sum_ii/wrong_reuses_a_candidate.rs"
    );
    submission!(
        wrong_skip_at_every_depth,
        "../../submissions/backtracking/combination_sum_ii/wrong_skip_at_every_depth.rs"
    );
    submission!(
        wrong_no_duplicate_skip,
        "../../submissions/backtracking/combination_sum_ii/wrong_no_duplicate_skip.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_reuses_a_candidate::Solution::combination_sum2(input.candidates, input.target)
            }),
            "wrong_reuses_a_candidate"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_skip_at_every_depth::Solution::combination_sum2(
                    input.candidates,
                    input.target,
                )
            }),
            "wrong_skip_at_every_depth"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_no_duplicate_skip::Solution::combination_sum2(input.candidates, input.target)
            }),
            "wrong_no_duplicate_skip"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(
            reference(vec![10, 1, 2, 7, 6, 1, 5], 8),
            vec![vec![1, 1, 6], vec![1, 2, 5], vec![1, 7], vec![2, 6]]
        );
        assert_eq!(
            reference(vec![2, 5, 2, 1, 2], 5),
            vec![vec![1, 2, 2], vec![5]]
        );
        assert_eq!(reference(vec![1; MAX_LEN], MAX_TARGET), vec![vec![1; 30]]);
    }

    #[test]
    fn overused_candidates_and_wrong_sums_are_named() {
        let input = Input {
            candidates: vec![10, 1, 2, 7, 6, 1, 5],
            target: 8,
        };
        let expected = reference(input.candidates.clone(), 8);
        let got = vec![
            vec![1, 1, 6],
            vec![1, 2, 5],
            vec![1, 7],
            vec![2, 6],
            vec![2, 2, 2, 2],
        ];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert_eq!(
            why,
            "[2, 2, 2, 2] uses 2 four times, but candidates holds it once"
        );
        let got = vec![
            vec![1, 1, 6],
            vec![1, 2, 5],
            vec![1, 7],
            vec![2, 6],
            vec![1, 6],
        ];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert_eq!(why, "[1, 6] adds up to 7, not to the target 8");
        let got = vec![
            vec![1, 1, 6],
            vec![1, 2, 5],
            vec![7, 1],
            vec![1, 7],
            vec![2, 6],
        ];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert!(
            why.starts_with("[1, 7] appears twice, expected once"),
            "{why}"
        );
    }
}

//! Subsets (LeetCode 78). Target: O(n·2^n) time, proportional to the answer: a depth-first search
//! that adds each later element to the current subset, records every subset it stands on, and
//! undoes the choice on the way back. Any order, outside and inside.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

use crate::lists;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

fn extend(nums: &[i32], start: usize, current: &mut Vec<i32>, all: &mut Vec<Vec<i32>>) {
    all.push(current.clone());
    for i in start..nums.len() {
        current.push(nums[i]);
        extend(nums, i + 1, current, all);
        current.pop();
    }
}

/// The reference, with LeetCode's signature: every node of the search is one subset.
pub fn reference(nums: Vec<i32>) -> Vec<Vec<i32>> {
    let mut all = Vec::with_capacity(1 << nums.len());
    extend(&nums, 0, &mut Vec::with_capacity(nums.len()), &mut all);
    all
}

const MAX_N: usize = 10;
const MAX_VALUE: i32 = 10;

/// `n` distinct values of -10..=10 in random order.
fn distinct(n: usize, gen: &mut Gen) -> Vec<i32> {
    let mut pool: Vec<i32> = (-MAX_VALUE..=MAX_VALUE).collect();
    for i in 0..n {
        let j = i + gen.index(pool.len() - i);
        pool.swap(i, j);
    }
    pool.truncate(n);
    pool
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.nums)
    }

    /// Every bitmask of n bits picks one subset.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        let n = input.nums.len();
        (0..1u32 << n)
            .map(|mask| {
                (0..n)
                    .filter(|&i| mask & (1 << i) != 0)
                    .map(|i| input.nums[i])
                    .collect()
            })
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=6usize, any::<u64>())
            .prop_map(|(n, seed)| Input {
                nums: distinct(n, &mut Gen::new(seed)),
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "n distinct values in random order",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: distinct(n, gen),
                },
            },
            StressFamily {
                name: "n distinct values in descending order",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = distinct(n, gen);
                    nums.sort_unstable_by(|a, b| b.cmp(a));
                    Input { nums }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        let mut seen = BTreeSet::new();
        if let Some(value) = input.nums.iter().find(|&&v| !seen.insert(v)) {
            return Err(format!(
                "nums holds {value} twice; LeetCode's nums are all different (Subsets II allows repeats)"
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        let pool = lists::counts(&input.nums);
        lists::check_lists(expected, got, false, |list| {
            lists::not_drawn_from(list, &pool, "nums")
                .map(|why| format!("is not a subset: it {why}"))
        })
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_never_decides_last,
        "../../submissions/backtracking/subsets/wrong_never_decides_last.rs"
    );
    submission!(
        wrong_forgets_to_pop,
        "../../submissions/backtracking/subsets/wrong_forgets_to_pop.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_never_decides_last::Solution::subsets(input.nums)
            }),
            "wrong_never_decides_last"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_forgets_to_pop::Solution::subsets(input.nums)
            }),
            "wrong_forgets_to_pop"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let input = Input {
            nums: vec![1, 2, 3],
        };
        let expected = vec![
            vec![],
            vec![1],
            vec![2],
            vec![1, 2],
            vec![3],
            vec![1, 3],
            vec![2, 3],
            vec![1, 2, 3],
        ];
        assert_eq!(
            Problem::check(&input, &expected, &reference(vec![1, 2, 3])),
            Ok(())
        );
        assert_eq!(reference(vec![0]), vec![vec![], vec![0]]);
    }

    #[test]
    fn a_list_that_is_not_a_subset_is_named() {
        let input = Input { nums: vec![1, 2] };
        let expected = reference(vec![1, 2]);
        let got = vec![vec![], vec![1], vec![1, 2], vec![1, 2, 2]];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert_eq!(
            why,
            "[1, 2, 2] is not a subset: it uses 2 twice, but nums holds it once"
        );
        let got = vec![vec![], vec![1], vec![2, 1], vec![1, 2]];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert!(why.contains("[1, 2] appears twice, expected once"), "{why}");
        assert!(why.contains("[2] is missing"), "{why}");
    }

    #[test]
    fn repeated_values_are_refused() {
        let why = Problem::validate(&Input {
            nums: vec![3, 1, 3],
        })
        .unwrap_err();
        assert!(why.contains("holds 3 twice"), "{why}");
    }
}

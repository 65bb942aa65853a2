//! Permutations (LeetCode 46). Target: O(n·n!) time, proportional to the answer: a depth-first
//! search that appends each unused element to the current arrangement, records it when it is
//! complete, and undoes the choice on the way back. The arrangements may come in any order; each
//! one's own order is the answer.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

use crate::lists;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

fn arrange(nums: &[i32], used: &mut [bool], current: &mut Vec<i32>, all: &mut Vec<Vec<i32>>) {
    if current.len() == nums.len() {
        all.push(current.clone());
        return;
    }
    for i in 0..nums.len() {
        if !used[i] {
            used[i] = true;
            current.push(nums[i]);
            arrange(nums, used, current, all);
            current.pop();
            used[i] = false;
        }
    }
}

/// The reference, with LeetCode's signature.
pub fn reference(nums: Vec<i32>) -> Vec<Vec<i32>> {
    let mut all = Vec::new();
    let mut used = vec![false; nums.len()];
    arrange(
        &nums,
        &mut used,
        &mut Vec::with_capacity(nums.len()),
        &mut all,
    );
    all
}

const MAX_N: usize = 6;
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

/// The next arrangement in lexicographic order, or `false` after the last one.
fn next_permutation(values: &mut [i32]) -> bool {
    let Some(i) = (1..values.len()).rev().find(|&i| values[i - 1] < values[i]) else {
        return false;
    };
    let j = (i..values.len())
        .rev()
        .find(|&j| values[j] > values[i - 1])
        .expect("values[i] is larger");
    values.swap(i - 1, j);
    values[i..].reverse();
    true
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.nums)
    }

    /// From the sorted values, step through every arrangement in lexicographic order.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        let mut values = input.nums;
        values.sort_unstable();
        let mut all = vec![values.clone()];
        while next_permutation(&mut values) {
            all.push(values.clone());
        }
        all
    }

    fn strategy() -> BoxedStrategy<Input> {
        (1..=MAX_N, any::<u64>())
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
                name: "n distinct values in ascending order",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = distinct(n, gen);
                    nums.sort_unstable();
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
                "nums holds {value} twice; LeetCode's nums are all different"
            ));
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        let pool = lists::counts(&input.nums);
        let n = input.nums.len();
        lists::check_lists(expected, got, true, |list| {
            if list.len() != n {
                return Some(format!(
                    "is not an arrangement of nums: it has {} element{}, nums has {n}",
                    list.len(),
                    if list.len() == 1 { "" } else { "s" }
                ));
            }
            lists::not_drawn_from(list, &pool, "nums")
                .map(|why| format!("is not an arrangement of nums: it {why}"))
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
        wrong_stops_one_short,
        "../../submissions/backtracking/permutations/wrong_stops_one_short.rs"
    );
    submission!(
        wrong_swap_not_undone,
        "../../submissions/backtracking/permutations/wrong_swap_not_undone.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_stops_one_short::Solution::permute(input.nums)
            }),
            "wrong_stops_one_short"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_swap_not_undone::Solution::permute(input.nums)
            }),
            "wrong_swap_not_undone"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(
            reference(vec![1, 2, 3]),
            vec![
                vec![1, 2, 3],
                vec![1, 3, 2],
                vec![2, 1, 3],
                vec![2, 3, 1],
                vec![3, 1, 2],
                vec![3, 2, 1]
            ]
        );
        assert_eq!(reference(vec![0, 1]), vec![vec![0, 1], vec![1, 0]]);
        assert_eq!(reference(vec![1]), vec![vec![1]]);
        assert_eq!(reference(distinct(MAX_N, &mut Gen::new(1))).len(), 720);
    }

    #[test]
    fn the_inner_order_counts_and_short_lists_are_named() {
        let input = Input { nums: vec![1, 2] };
        let expected = reference(vec![1, 2]);
        let why = Problem::check(&input, &expected, &vec![vec![1, 2], vec![1, 2]]).unwrap_err();
        assert_eq!(
            why,
            "[1, 2] appears twice, expected once; [2, 1] is missing"
        );
        let why = Problem::check(&input, &expected, &vec![vec![1], vec![2]]).unwrap_err();
        assert_eq!(
            why,
            "[1] is not an arrangement of nums: it has 1 element, nums has 2; [2] is not an arrangement of nums: it has 1 element, nums has 2"
        );
        let why = Problem::check(&input, &expected, &vec![vec![1, 1], vec![2, 1]]).unwrap_err();
        assert_eq!(
            why,
            "[1, 1] is not an arrangement of nums: it uses 1 twice, but nums holds it once"
        );
    }
}

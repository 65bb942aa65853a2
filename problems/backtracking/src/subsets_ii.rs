//! Subsets II (LeetCode 90). Target: O(n·2^n) time at worst and proportional to the answer: sort,
//! then a depth-first search that, at each level, tries each distinct value once, so that no
//! subset is built twice however many repeats `nums` holds. Any order, outside and inside.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

use crate::lists;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

fn extend(sorted: &[i32], start: usize, current: &mut Vec<i32>, all: &mut Vec<Vec<i32>>) {
    all.push(current.clone());
    for i in start..sorted.len() {
        // A value equal to the one just tried at this level would build the same subsets again.
        if i > start && sorted[i] == sorted[i - 1] {
            continue;
        }
        current.push(sorted[i]);
        extend(sorted, i + 1, current, all);
        current.pop();
    }
}

/// The reference, with LeetCode's signature.
pub fn reference(mut nums: Vec<i32>) -> Vec<Vec<i32>> {
    nums.sort_unstable();
    let mut all = Vec::new();
    extend(&nums, 0, &mut Vec::with_capacity(nums.len()), &mut all);
    all
}

const MAX_N: usize = 10;
const MAX_VALUE: i32 = 10;

/// `n` values where `distinct` different ones (at most 21) are spread over the n places.
fn with_distinct(n: usize, distinct: usize, gen: &mut Gen) -> Vec<i32> {
    let mut pool: Vec<i32> = (-MAX_VALUE..=MAX_VALUE).collect();
    let distinct = distinct.clamp(1, n.min(pool.len()));
    for i in 0..distinct {
        let j = i + gen.index(pool.len() - i);
        pool.swap(i, j);
    }
    let mut nums: Vec<i32> = (0..n)
        .map(|i| {
            if i < distinct {
                pool[i]
            } else {
                pool[gen.index(distinct)]
            }
        })
        .collect();
    for i in (1..n).rev() {
        nums.swap(i, gen.index(i + 1));
    }
    nums
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> Vec<Vec<i32>> {
        reference(input.nums)
    }

    /// Every bitmask picks a subset; sorted, the same subset is the same list, and a set keeps it
    /// once.
    fn oracle(input: Input) -> Vec<Vec<i32>> {
        let n = input.nums.len();
        let mut seen = BTreeSet::new();
        for mask in 0..1u32 << n {
            let mut subset: Vec<i32> = (0..n)
                .filter(|&i| mask & (1 << i) != 0)
                .map(|i| input.nums[i])
                .collect();
            subset.sort_unstable();
            seen.insert(subset);
        }
        seen.into_iter().collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few different values, so that repeats (and repeats of repeats) are common.
        (1..=7usize, 1..=4usize, any::<u64>())
            .prop_map(|(n, distinct, seed)| Input {
                nums: with_distinct(n, distinct, &mut Gen::new(seed)),
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // n + 1 subsets: building all 2^n and removing repeats is 2^n / (n + 1) times the work.
                name: "one value n times",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: with_distinct(n, 1, gen),
                },
            },
            StressFamily {
                name: "two values, about n/2 times each",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: with_distinct(n, 2, gen),
                },
            },
            StressFamily {
                // 2^n subsets, none repeated: the most output there can be.
                name: "n distinct values",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: with_distinct(n, n, gen),
                },
            },
            StressFamily {
                name: "random values with repeats",
                max_n: MAX_N,
                generate: |n, gen| {
                    let distinct = gen.int(1, n as i64) as usize;
                    Input {
                        nums: with_distinct(n, distinct, gen),
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)
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
        wrong_no_duplicate_skip,
        "../../submissions/backtracking/subsets_ii/wrong_no_duplicate_skip.rs"
    );
    submission!(
        wrong_set_without_sorting,
        "../../submissions/backtracking/subsets_ii/wrong_set_without_sorting.rs"
    );
    submission!(
        wrong_skip_against_any_earlier,
        "../../submissions/backtracking/subsets_ii/wrong_skip_against_any_earlier.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_no_duplicate_skip::Solution::subsets_with_dup(input.nums)
            }),
            "wrong_no_duplicate_skip"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_set_without_sorting::Solution::subsets_with_dup(input.nums)
            }),
            "wrong_set_without_sorting"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_skip_against_any_earlier::Solution::subsets_with_dup(input.nums)
            }),
            "wrong_skip_against_any_earlier"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let input = Input {
            nums: vec![1, 2, 2],
        };
        let expected = vec![
            vec![],
            vec![1],
            vec![1, 2],
            vec![1, 2, 2],
            vec![2],
            vec![2, 2],
        ];
        assert_eq!(reference(vec![1, 2, 2]), expected);
        assert_eq!(
            Problem::check(&input, &expected, &reference(vec![2, 1, 2])),
            Ok(())
        );
        assert_eq!(reference(vec![0]), vec![vec![], vec![0]]);
    }

    #[test]
    fn repeated_subsets_and_overused_values_are_named() {
        let input = Input {
            nums: vec![2, 1, 2],
        };
        let expected = reference(input.nums.clone());
        let got = vec![
            vec![],
            vec![1],
            vec![2],
            vec![2],
            vec![1, 2],
            vec![2, 1],
            vec![2, 2],
            vec![1, 2, 2],
        ];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert_eq!(
            why,
            "[1, 2] appears twice, expected once; [2] appears twice, expected once (expected 6 elements in any order, got 8)"
        );
        let got = vec![
            vec![],
            vec![1],
            vec![2],
            vec![1, 2],
            vec![2, 2],
            vec![2, 2, 2],
        ];
        let why = Problem::check(&input, &expected, &got).unwrap_err();
        assert_eq!(
            why,
            "[2, 2, 2] is not a subset: it uses 2 three times, but nums holds it twice"
        );
    }

    #[test]
    fn stress_families_have_the_values_they_promise() {
        let one = with_distinct(MAX_N, 1, &mut Gen::new(3));
        assert!(one.iter().all(|&v| v == one[0]));
        assert_eq!(reference(one).len(), MAX_N + 1);
        let all = with_distinct(MAX_N, MAX_N, &mut Gen::new(3));
        assert_eq!(reference(all).len(), 1 << MAX_N);
    }
}

//! Single Number (LeetCode 136). Target: O(n) time, O(1) space: x ^ x = 0 and x ^ 0 = x in any
//! order, so the XOR of every element cancels the pairs and leaves the single value.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: the XOR of every element.
pub fn reference(nums: Vec<i32>) -> i32 {
    nums.iter().fold(0, |acc, &x| acc ^ x)
}

/// LeetCode allows 3 * 10^4 elements; a valid array has odd length, so 29,999 is the largest.
const MAX_LEN: usize = 30_000;
const MAX_VALUE: i32 = 30_000;

/// `count` distinct values of `-MAX_VALUE..=MAX_VALUE` in random order (a partial shuffle).
fn distinct_values(count: usize, gen: &mut Gen) -> Vec<i32> {
    let mut all: Vec<i32> = (-MAX_VALUE..=MAX_VALUE).collect();
    for i in 0..count {
        let j = i + gen.index(all.len() - i);
        all.swap(i, j);
    }
    all.truncate(count);
    all
}

fn shuffle(values: &mut [i32], gen: &mut Gen) {
    for i in (1..values.len()).rev() {
        values.swap(i, gen.index(i + 1));
    }
}

/// The largest odd length up to `n`, as a number of pairs: `(n - 1) / 2`.
fn pairs_for(n: usize) -> usize {
    (n.max(1) - 1) / 2
}

/// Every value but the single one twice, shuffled, with the single value moved to the end: a
/// solution that counts each element's occurrences from the front meets every pair first, so it
/// scans the whole array for each of them.
fn single_last(n: usize, gen: &mut Gen) -> Input {
    let pairs = pairs_for(n);
    let values = distinct_values(pairs + 1, gen);
    let mut nums: Vec<i32> = values[1..].iter().flat_map(|&v| [v, v]).collect();
    shuffle(&mut nums, gen);
    nums.push(values[0]);
    Input { nums }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    /// Small inputs: the element that occurs once, by counting each. Large ones: sort, then the
    /// first place where a value is not followed by its twin.
    fn oracle(input: Input) -> i32 {
        let nums = input.nums;
        if nums.len() <= 500 {
            return *nums
                .iter()
                .find(|&&x| nums.iter().filter(|&&y| y == x).count() == 1)
                .expect("one value occurs once");
        }
        let mut sorted = nums;
        sorted.sort_unstable();
        sorted
            .chunks(2)
            .find(|pair| pair.len() == 1 || pair[0] != pair[1])
            .map(|pair| pair[0])
            .expect("one value occurs once")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct values, the extremes and 0 among them, in any order; the single value is
        // any one of them (often the largest or the smallest, where sorted scans slip).
        const POOL: [i32; 11] = [-30_000, -29_999, -3, -2, -1, 0, 1, 2, 3, 29_999, 30_000];
        (0..=6usize)
            .prop_flat_map(|pairs| {
                (
                    prop::sample::subsequence(POOL.to_vec(), pairs + 1),
                    0..=pairs,
                )
            })
            .prop_flat_map(|(values, single)| {
                let mut nums = vec![values[single]];
                for (i, &v) in values.iter().enumerate() {
                    if i != single {
                        nums.extend([v, v]);
                    }
                }
                Just(nums).prop_shuffle()
            })
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "the single value last, the pairs shuffled before it",
                max_n: MAX_LEN,
                generate: single_last,
            },
            StressFamily {
                // Sorted, the single value is the largest: a scan of sorted pairs must look at
                // the last element too.
                name: "sorted pairs, the single value the largest and last",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let mut values = distinct_values(pairs_for(n) + 1, gen);
                    values.sort_unstable();
                    let (&single, pairs) = values.split_last().expect("at least one value");
                    let mut nums: Vec<i32> = pairs.iter().flat_map(|&v| [v, v]).collect();
                    nums.push(single);
                    Input { nums }
                },
            },
            StressFamily {
                name: "random order, the single value anywhere",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let mut nums = single_last(n, gen).nums;
                    shuffle(&mut nums, gen);
                    Input { nums }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_LEN)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        let mut counts = std::collections::BTreeMap::new();
        for &x in &input.nums {
            *counts.entry(x).or_insert(0usize) += 1;
        }
        let singles: Vec<i32> = counts
            .iter()
            .filter(|&(_, &c)| c == 1)
            .map(|(&x, _)| x)
            .collect();
        if let Some((&x, &c)) = counts.iter().find(|&(_, &c)| c > 2) {
            return Err(format!(
                "{x} occurs {c} times; LeetCode gives every value twice, except one value once"
            ));
        }
        match singles.as_slice() {
            [_] => Ok(()),
            [] => Err("every value occurs twice; LeetCode gives exactly one value once".into()),
            [a, b, ..] => Err(format!(
                "{a} and {b} both occur once; LeetCode gives exactly one value once"
            )),
        }
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_sorted_pairs_skip_the_last,
        "../../submissions/bit_manipulation/single_number/wrong_sorted_pairs_skip_the_last.rs"
    );
    submission!(
        wrong_sorted_step_by_one,
        "../../submissions/bit_manipulation/single_number/wrong_sorted_step_by_one.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sorted_pairs_skip_the_last::Solution::single_number(input.nums)
            }),
            "wrong_sorted_pairs_skip_the_last"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sorted_step_by_one::Solution::single_number(input.nums)
            }),
            "wrong_sorted_step_by_one"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![2, 2, 1]), 1);
        assert_eq!(reference(vec![4, 1, 2, 1, 2]), 4);
        assert_eq!(reference(vec![1]), 1);
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(input.nums.len(), MAX_LEN - 1, "{}", family.name);
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                assert_eq!(reference(input.nums.clone()), Problem::oracle(input));
            }
        }
    }

    #[test]
    fn broken_promises_are_named() {
        let why = |nums: Vec<i32>| Problem::validate(&Input { nums }).unwrap_err();
        assert!(why(vec![1, 2, 2, 3]).contains("1 and 3 both occur once"));
        assert!(why(vec![5, 5, 5]).contains("5 occurs 3 times"));
        assert!(why(vec![5, 5]).contains("every value occurs twice"));
    }
}

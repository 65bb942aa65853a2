//! Two Sum (LeetCode 1). Target: O(n) with a hash map from value to index, one pass.

use std::collections::{HashMap, HashSet};

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub target: i32,
}

pub struct Problem;

/// The reference: before storing a value, look up the partner it needs among the earlier ones.
pub fn reference(nums: Vec<i32>, target: i32) -> Vec<i32> {
    let mut index_of: HashMap<i32, usize> = HashMap::with_capacity(nums.len());
    for (j, &value) in nums.iter().enumerate() {
        if let Some(&i) = index_of.get(&(target - value)) {
            return vec![i as i32, j as i32];
        }
        index_of.insert(value, j);
    }
    unreachable!("the constraints promise exactly one answer")
}

const MAX_N: usize = 10_000;
const MAX_VALUE: i32 = 1_000_000_000;

/// Builds `nums` with exactly one pair summing to `target`: `a` at index `i` and `target - a` at
/// index `j`; every other raw value is moved (towards zero) until it pairs with nothing placed.
fn with_one_pair(raw: &[i32], target: i32, a: i32, i: usize, j: usize) -> Vec<i32> {
    let b = target - a;
    let mut placed: HashSet<i32> = HashSet::from([a, b]);
    let mut nums = raw.to_vec();
    nums[i] = a;
    nums[j] = b;
    for (k, value) in nums.iter_mut().enumerate() {
        if k == i || k == j {
            continue;
        }
        let step = if *value > 0 { -1 } else { 1 };
        while placed.contains(&(target - *value)) {
            *value += step;
        }
        placed.insert(*value);
    }
    nums
}

/// The number of pairs `i < j` with `nums[i] + nums[j] == target`, counted from value counts.
fn count_pairs(nums: &[i32], target: i32) -> u64 {
    let mut counts: HashMap<i64, u64> = HashMap::new();
    for &value in nums {
        *counts.entry(i64::from(value)).or_default() += 1;
    }
    let target = i64::from(target);
    counts
        .iter()
        .map(|(&value, &count)| {
            let partner = target - value;
            if value < partner {
                count * counts.get(&partner).copied().unwrap_or(0)
            } else if value == partner {
                count * (count - 1) / 2
            } else {
                0
            }
        })
        .sum()
}

/// A stress input of size `n` with the pair at indices `i` and `j`, values within `bound`.
fn stress_input(
    n: usize,
    gen: &mut Gen,
    bound: i32,
    at: fn(usize, &mut Gen) -> (usize, usize),
) -> Input {
    let n = n.max(2);
    let raw = gen.ints(n, -bound, bound);
    let target = gen.int(i64::from(-bound), i64::from(bound)) as i32;
    // Both halves of the pair stay within the value range.
    let low = (target - MAX_VALUE).max(-MAX_VALUE);
    let high = (target + MAX_VALUE).min(MAX_VALUE);
    let a = gen.int(low.into(), high.into()) as i32;
    let (i, j) = at(n, gen);
    Input {
        nums: with_one_pair(&raw, target, a, i, j),
        target,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["nums", "target"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.nums, input.target)
    }

    fn oracle(input: Input) -> Vec<i32> {
        let nums = &input.nums;
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                if i64::from(nums[i]) + i64::from(nums[j]) == i64::from(input.target) {
                    return vec![i as i32, j as i32];
                }
            }
        }
        unreachable!("the constraints promise exactly one answer")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values make near misses and repeated values common; the repair keeps one answer.
        // The oracle tries every pair: up to 400 values.
        (
            gen::size(2..=40, 400),
            prop_oneof![Just(5), Just(50), Just(MAX_VALUE / 2)],
        )
            .prop_flat_map(|(n, bound)| {
                (
                    prop::collection::vec(-bound..=bound, n),
                    -bound..=bound,
                    -bound..=bound,
                    0..n,
                    0..n - 1,
                )
            })
            .prop_map(|(raw, target, a, i, j)| {
                // Two different indices, in either order.
                let j = if j >= i { j + 1 } else { j };
                Input {
                    nums: with_one_pair(&raw, target, a, i, j),
                    target,
                }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A double loop tries every earlier pair before it reaches the last two.
                name: "the pair is the last two elements",
                max_n: MAX_N,
                generate: |n, gen| stress_input(n, gen, MAX_VALUE, |n, _| (n - 2, n - 1)),
            },
            StressFamily {
                name: "the pair is at the very end, small values with many near misses",
                max_n: MAX_N,
                generate: |n, gen| stress_input(n, gen, 20_000, |n, _| (n - 1, n - 2)),
            },
            StressFamily {
                name: "random values, the pair at random places",
                max_n: MAX_N,
                generate: |n, gen| {
                    stress_input(n, gen, MAX_VALUE, |n, gen| {
                        let i = gen.index(n);
                        let j = (i + 1 + gen.index(n - 1)) % n;
                        (i, j)
                    })
                },
            },
            StressFamily {
                // The first element pairs with the last: a double loop that pairs each element
                // with the earlier ones (j outer, i < j inner) only finds it at the very end.
                name: "the pair is the first and the last element",
                max_n: MAX_N,
                generate: |n, gen| stress_input(n, gen, MAX_VALUE, |n, _| (0, n - 1)),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 2..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        if !(-MAX_VALUE..=MAX_VALUE).contains(&input.target) {
            return Err(format!(
                "target = {}; allowed -{MAX_VALUE}..={MAX_VALUE}",
                input.target
            ));
        }
        match count_pairs(&input.nums, input.target) {
            0 => Err(format!(
                "no two elements sum to target = {}; exactly one pair must",
                input.target
            )),
            1 => Ok(()),
            _ => Err(format!(
                "more than one pair sums to target = {}; exactly one pair must",
                input.target
            )),
        }
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        check::any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

//! Top K Frequent Elements (LeetCode 347). Target: O(n) with counts and a bucket per frequency.

use std::collections::{BTreeMap, HashMap};

use judge_engine::prelude::*;

use super::shuffle;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub k: i32,
}

pub struct Problem;

/// The reference: bucket `f` holds the values seen `f` times; read the buckets from the top.
pub fn reference(nums: Vec<i32>, k: i32) -> Vec<i32> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for &value in &nums {
        *counts.entry(value).or_default() += 1;
    }
    let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
    for (value, count) in counts {
        buckets[count].push(value);
    }
    buckets
        .into_iter()
        .rev()
        .flatten()
        .take(k as usize)
        .collect()
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 10_000;

/// The frequencies of the distinct values, largest first.
fn frequencies(nums: &[i32]) -> Vec<usize> {
    let mut counts: BTreeMap<i32, usize> = BTreeMap::new();
    for &value in nums {
        *counts.entry(value).or_default() += 1;
    }
    let mut frequencies: Vec<usize> = counts.into_values().collect();
    frequencies.sort_unstable_by(|a, b| b.cmp(a));
    frequencies
}

/// The values of `k` for which the answer is unique: the k-th largest frequency is larger than
/// the (k+1)-th, or k is the number of distinct values.
fn unique_ks(nums: &[i32]) -> Vec<i32> {
    let frequencies = frequencies(nums);
    (1..=frequencies.len())
        .filter(|&k| k == frequencies.len() || frequencies[k - 1] > frequencies[k])
        .map(|k| k as i32)
        .collect()
}

/// The `k` with a unique answer that is closest to `wanted`.
fn k_near(nums: &[i32], wanted: usize) -> i32 {
    unique_ks(nums)
        .into_iter()
        .min_by_key(|&k| (k as i64 - wanted as i64).abs())
        .expect("k = the number of distinct values always works")
}

/// Each `value` repeated `count` times, cut or padded (with the first value) to `n`, shuffled.
fn from_counts(n: usize, counts: &[(i32, usize)], gen: &mut Gen) -> Vec<i32> {
    let mut nums: Vec<i32> = counts
        .iter()
        .flat_map(|&(value, count)| std::iter::repeat_n(value, count))
        .take(n)
        .collect();
    while nums.len() < n {
        nums.push(counts[0].0);
    }
    shuffle(&mut nums, gen);
    nums
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["nums", "k"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.nums, input.k)
    }

    fn oracle(input: Input) -> Vec<i32> {
        // Sorted, equal values form runs: their lengths are the counts. Then largest count first.
        let mut nums = input.nums;
        nums.sort_unstable();
        let mut counted: Vec<(usize, i32)> = nums
            .chunk_by(|a, b| a == b)
            .map(|run| (run.len(), run[0]))
            .collect();
        counted.sort_unstable_by(|a, b| b.cmp(a));
        counted
            .into_iter()
            .take(input.k as usize)
            .map(|(_, value)| value)
            .collect()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A small value range gives repeated values and tied frequencies; k is then moved to a
        // place where the answer is unique, as the constraints promise. The oracle sorts, so a few
        // thousand values cost nothing.
        (
            gen::size(1..=40, 1000),
            prop_oneof![Just(2), Just(5), Just(MAX_VALUE)],
        )
            .prop_flat_map(|(n, bound)| (prop::collection::vec(-bound..=bound, n), 0..n))
            .prop_map(|(nums, wanted)| {
                let ks = unique_ks(&nums);
                let k = ks[wanted % ks.len()];
                Input { nums, k }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every value of the range appears; counting each value with a scan is O(n·u).
                name: "random values over the whole range, k near the middle",
                max_n: MAX_N,
                generate: |n, gen| {
                    let nums = gen.ints(n, -MAX_VALUE, MAX_VALUE);
                    let k = k_near(&nums, 1000);
                    Input { nums, k }
                },
            },
            StressFamily {
                // Frequencies 1, 2, 3, ...: all different, so any k has a unique answer.
                name: "every frequency different, k = half the values",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut counts = Vec::new();
                    let (mut total, mut f) = (0, 1);
                    while total < n {
                        counts.push((MAX_VALUE - 2 * f as i32, f));
                        total += f;
                        f += 1;
                    }
                    // Most frequent first, so that the cut at n shortens only the rarest values;
                    // k_near then steps around any tie the cut makes.
                    counts.reverse();
                    let nums = from_counts(n, &counts, gen);
                    let k = k_near(&nums, counts.len() / 2);
                    Input { nums, k }
                },
            },
            StressFamily {
                name: "a few heavy values among many rare ones, k = 10",
                max_n: MAX_N,
                generate: |n, gen| {
                    let heavy: Vec<(i32, usize)> = (0..10)
                        .map(|i| (-MAX_VALUE + i, n / 40 + i as usize))
                        .collect();
                    let mut nums = from_counts(n / 3, &heavy, gen);
                    nums.extend(gen.ints(n - nums.len(), -MAX_VALUE + 10, MAX_VALUE));
                    shuffle(&mut nums, gen);
                    let k = k_near(&nums, 10);
                    Input { nums, k }
                },
            },
            StressFamily {
                name: "all equal, k = 1",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: vec![gen.int(i64::from(-MAX_VALUE), i64::from(MAX_VALUE)) as i32; n],
                    k: 1,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, -MAX_VALUE..=MAX_VALUE)?;
        let frequencies = frequencies(&input.nums);
        let distinct = frequencies.len();
        if !(1..=distinct as i32).contains(&input.k) {
            return Err(format!(
                "k = {}; allowed 1..={distinct} (the number of distinct values)",
                input.k
            ));
        }
        let k = input.k as usize;
        if k < distinct && frequencies[k - 1] == frequencies[k] {
            return Err(format!(
                "the answer is not unique: the {k}-th and the {}-th most frequent values both appear {} times",
                k + 1,
                frequencies[k]
            ));
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        check::any_order(expected, got)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

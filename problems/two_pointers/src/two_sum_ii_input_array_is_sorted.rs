//! Two Sum II - Input Array Is Sorted (LeetCode 167). Target: O(n) time, O(1) space with two
//! pointers closing in from the ends.

use std::collections::{HashMap, HashSet};

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub numbers: Vec<i32>,
    pub target: i32,
}

pub struct Problem;

/// The reference: a sum too small can only grow by moving the low pointer up, a sum too large can
/// only shrink by moving the high pointer down. Indices are 1-based.
pub fn reference(numbers: Vec<i32>, target: i32) -> Vec<i32> {
    let (mut lo, mut hi) = (0, numbers.len() - 1);
    while lo < hi {
        match (numbers[lo] + numbers[hi]).cmp(&target) {
            std::cmp::Ordering::Less => lo += 1,
            std::cmp::Ordering::Greater => hi -= 1,
            std::cmp::Ordering::Equal => return vec![lo as i32 + 1, hi as i32 + 1],
        }
    }
    unreachable!("the constraints promise exactly one answer")
}

const MAX_N: usize = 30_000;
const MAX_VALUE: i32 = 1000;

/// Sorted numbers holding `a` and `b` (a <= b) once each, and other values from `others` that are
/// kept only if they pair with nothing (no other two positions sum to a + b).
fn with_one_pair(a: i32, b: i32, others: impl IntoIterator<Item = i32>) -> Input {
    let target = a + b;
    let mut kept: HashSet<i32> = HashSet::new();
    let mut numbers = vec![a, b];
    for v in others {
        let pairs = v == a || v == b || kept.contains(&(target - v)) || 2 * v == target;
        if !pairs {
            kept.insert(v);
            numbers.push(v);
        }
    }
    numbers.sort_unstable();
    Input { numbers, target }
}

/// The number of index pairs `i < j` with `numbers[i] + numbers[j] == target`.
fn count_pairs(numbers: &[i32], target: i32) -> u64 {
    let mut counts: HashMap<i32, u64> = HashMap::new();
    for &v in numbers {
        *counts.entry(v).or_default() += 1;
    }
    counts
        .iter()
        .map(|(&v, &count)| {
            let partner = target - v;
            if v < partner {
                count * counts.get(&partner).copied().unwrap_or(0)
            } else if v == partner {
                count * (count - 1) / 2
            } else {
                0
            }
        })
        .sum()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["numbers", "target"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.numbers, input.target)
    }

    /// For each position, binary search for its partner among the later ones.
    fn oracle(input: Input) -> Vec<i32> {
        let numbers = &input.numbers;
        for i in 0..numbers.len() {
            let want = input.target - numbers[i];
            if let Ok(k) = numbers[i + 1..].binary_search(&want) {
                return vec![i as i32 + 1, (i + 1 + k) as i32 + 1];
            }
        }
        unreachable!("the constraints promise exactly one answer")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values make repeated values and near misses common; the pair may be equal values.
        // The oracle binary-searches from every value: up to a few thousand others.
        (
            prop_oneof![Just(6), Just(MAX_VALUE)],
            gen::size(0..=20, 1000),
        )
            .prop_flat_map(|(bound, n)| {
                (
                    -bound..=bound,
                    -bound..=bound,
                    prop::collection::vec(-bound..=bound, n),
                )
            })
            .prop_map(|(x, y, others)| with_one_pair(x.min(y), x.max(y), others))
            .prop_filter("the target is within the constraints", |input| {
                input.target.abs() <= MAX_VALUE
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every other value is smaller than the pair, so the pair is the last two numbers:
                // a double loop tries all other pairs first.
                name: "the pair is the last two numbers",
                max_n: MAX_N,
                generate: |n, gen| {
                    let a = gen.int(-999, 0) as i32;
                    let others: Vec<i32> = (0..n.max(2) - 2)
                        .map(|_| gen.int(-1000, i64::from(a) - 1) as i32)
                        .collect();
                    with_one_pair(a, MAX_VALUE, others)
                },
            },
            StressFamily {
                // Every other value is larger: the high pointer walks all the way down.
                name: "the pair is the first two numbers",
                max_n: MAX_N,
                generate: |n, gen| {
                    let b = gen.int(0, 999) as i32;
                    let others: Vec<i32> = (0..n.max(2) - 2)
                        .map(|_| gen.int(i64::from(b) + 1, 1000) as i32)
                        .collect();
                    with_one_pair(-MAX_VALUE, b, others)
                },
            },
            StressFamily {
                name: "random values, the pair anywhere",
                max_n: MAX_N,
                generate: |n, gen| {
                    let x = gen.int(-500, 500) as i32;
                    let y = gen.int(-500, 500) as i32;
                    let others: Vec<i32> = (0..n.max(2) - 2)
                        .map(|_| gen.int(-1000, 1000) as i32)
                        .collect();
                    with_one_pair(x.min(y), x.max(y), others)
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let numbers = &input.numbers;
        let n = numbers.len();
        constraint::length("numbers", n, 2..=MAX_N)?;
        constraint::each_within("numbers", numbers, -MAX_VALUE..=MAX_VALUE)?;
        if let Some(i) = (1..n).find(|&i| numbers[i - 1] > numbers[i]) {
            return Err(format!(
                "numbers is not sorted: {} comes before {} (index {i})",
                numbers[i - 1],
                numbers[i]
            ));
        }
        if input.target.abs() > MAX_VALUE {
            return Err(format!(
                "target = {}; allowed -{MAX_VALUE}..={MAX_VALUE}",
                input.target
            ));
        }
        match count_pairs(numbers, input.target) {
            1 => Ok(()),
            0 => Err(format!(
                "no two numbers sum to target = {}; exactly one pair must",
                input.target
            )),
            many => Err(format!(
                "{many} pairs sum to target = {}; exactly one must",
                input.target
            )),
        }
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.numbers, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

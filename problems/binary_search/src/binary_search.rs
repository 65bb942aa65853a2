//! Binary Search (LeetCode 704). Target: O(log n) time, O(1) space, halving a closed interval.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub target: i32,
}

pub struct Problem;

/// The reference: `lo..hi` is the half-open range where the target can still be.
pub fn reference(nums: Vec<i32>, target: i32) -> i32 {
    let (mut lo, mut hi) = (0usize, nums.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match nums[mid].cmp(&target) {
            Ordering::Equal => return mid as i32,
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
        }
    }
    -1
}

const MAX_N: usize = 10_000;
/// Values and the target lie strictly between -10^4 and 10^4.
const LIMIT: i32 = 10_000;

/// `n` distinct odd values spread over the allowed range, ascending: even targets are absent.
fn odd_values(n: usize) -> Vec<i32> {
    (0..n as i32).map(|i| -(LIMIT - 1) + 2 * i).collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums", "target"];

    fn reference(input: Input) -> i32 {
        reference(input.nums, input.target)
    }

    fn oracle(input: Input) -> i32 {
        input
            .nums
            .iter()
            .position(|&value| value == input.target)
            .map_or(-1, |i| i as i32)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A narrow value range keeps the array dense, so targets just outside it, at either end
        // and in small gaps are common; half of the targets are taken from the array. The array
        // holds the distinct values of n draws: mostly n <= 40 from -30..=30, sometimes up to 3000
        // (the oracle scans) from -n..=n. (A set of exactly n values would be rejected and drawn
        // again until no value repeats.)
        gen::size(1..=40, 1000)
            .prop_flat_map(|n| {
                let spread = (n as i32).max(30);
                (
                    Just(spread),
                    prop::collection::vec(-spread..=spread, n)
                        .prop_map(|values| values.into_iter().collect::<BTreeSet<i32>>()),
                )
            })
            .prop_flat_map(|(spread, set)| {
                let nums: Vec<i32> = set.into_iter().collect();
                let len = nums.len();
                (
                    Just(nums),
                    any::<prop::sample::Index>(),
                    -(spread + 2)..=spread + 2,
                    0..len.max(1) + 2,
                )
            })
            .prop_map(|(nums, at, other, pick)| {
                let target = if pick < nums.len() {
                    nums[at.index(nums.len())]
                } else {
                    other
                };
                Input { nums, target }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A linear scan reads the whole array before it can say -1.
                name: "target above every value",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: (-(LIMIT - 1)..).take(n).collect(),
                    target: LIMIT - 1,
                },
            },
            StressFamily {
                // A linear scan finds it only at the very end.
                name: "target at the last index",
                max_n: MAX_N,
                generate: |n, _| {
                    let nums = odd_values(n);
                    let target = nums[n - 1];
                    Input { nums, target }
                },
            },
            StressFamily {
                name: "target absent, in a gap near the end",
                max_n: MAX_N,
                generate: |n, gen| {
                    let nums = odd_values(n);
                    let at = n - 1 - gen.index(n.min(16));
                    // Just below a value, or just above the only one.
                    let target = if at == 0 { nums[0] + 1 } else { nums[at] - 1 };
                    Input { nums, target }
                },
            },
            StressFamily {
                name: "random distinct values, target present",
                max_n: MAX_N,
                generate: |n, gen| {
                    // Keep each value of -9999..=9999 with the chance that gives about n of them.
                    let mut nums: Vec<i32> = (-(LIMIT - 1)..LIMIT)
                        .filter(|_| gen.chance(n as u64, 2 * LIMIT as u64 - 1))
                        .collect();
                    nums.truncate(n);
                    if nums.is_empty() {
                        nums.push(0);
                    }
                    let target = nums[gen.index(nums.len())];
                    Input { nums, target }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.nums.len();
        constraint::length("nums", n, 1..=MAX_N)?;
        let open = -(LIMIT - 1)..=LIMIT - 1;
        if let Some(bad) = input.nums.iter().find(|v| !open.contains(v)) {
            return Err(format!(
                "nums holds {bad}; allowed strictly between -{LIMIT} and {LIMIT}"
            ));
        }
        if !open.contains(&input.target) {
            return Err(format!(
                "target = {}; allowed strictly between -{LIMIT} and {LIMIT}",
                input.target
            ));
        }
        if let Some(i) = input.nums.windows(2).position(|w| w[0] >= w[1]) {
            return Err(format!(
                "nums is not strictly ascending (its values must be sorted and unique): nums[{i}] = {}, nums[{}] = {}",
                input.nums[i],
                i + 1,
                input.nums[i + 1]
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

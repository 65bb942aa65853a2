//! Search in Rotated Sorted Array (LeetCode 33). Target: O(log n) time, O(1) space: one half of any
//! range is always sorted; search that half if the target lies in it, the other half otherwise.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

use super::find_minimum_in_rotated_sorted_array::{is_rotated_ascending, spread_values};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
    pub target: i32,
}

pub struct Problem;

/// The reference: a closed range `lo..=hi`, halved around whichever side of `mid` is sorted.
pub fn reference(nums: Vec<i32>, target: i32) -> i32 {
    let (mut lo, mut hi) = (0i64, nums.len() as i64 - 1);
    while lo <= hi {
        let mid = lo + (hi - lo) / 2;
        let (low, middle, high) = (nums[lo as usize], nums[mid as usize], nums[hi as usize]);
        if middle == target {
            return mid as i32;
        }
        if low <= middle {
            // lo..=mid is sorted.
            if low <= target && target < middle {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        } else if middle < target && target <= high {
            // mid..=hi is sorted.
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    -1
}

const MAX_N: usize = 5000;
const MAX_VALUE: i32 = 10_000;

/// `n` ascending odd values, rotated left by `rotation`: every even target is absent.
fn odd_rotated(n: usize, rotation: usize) -> Vec<i32> {
    let mut nums: Vec<i32> = (0..n as i32).map(|i| -(MAX_VALUE - 1) + 4 * i).collect();
    nums.rotate_left(rotation % n);
    nums
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
        // The distinct values of n draws: mostly n <= 40 from -20..=20, sometimes up to 3000 (the
        // oracle scans) from -n..=n.
        gen::size(1..=40, 1000)
            .prop_flat_map(|n| {
                let spread = (n as i32).max(20);
                (
                    Just(spread),
                    prop::collection::vec(-spread..=spread, n)
                        .prop_map(|values| values.into_iter().collect::<BTreeSet<i32>>()),
                )
            })
            .prop_flat_map(|(spread, set)| {
                let len = set.len();
                (
                    Just(set),
                    0..len,
                    any::<prop::sample::Index>(),
                    -(spread + 2)..=spread + 2,
                    any::<bool>(),
                )
            })
            .prop_map(|(set, rotation, at, other, pick)| {
                let mut nums: Vec<i32> = set.into_iter().collect();
                nums.rotate_left(rotation);
                let target = if pick {
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
                // Absent, between two values: a scan reads everything.
                name: "target absent, rotated by n/3",
                max_n: MAX_N,
                generate: |n, gen| {
                    let nums = odd_rotated(n, n / 3);
                    let target = nums[gen.index(n)] + 1;
                    Input { nums, target }
                },
            },
            StressFamily {
                // The largest value sits just before the rotation point, at the end of the array.
                name: "rotated by one, target = the largest value at the last index",
                max_n: MAX_N,
                generate: |n, _| {
                    let nums = odd_rotated(n, 1);
                    let target = nums[n - 1];
                    Input { nums, target }
                },
            },
            StressFamily {
                name: "not rotated, target = the last value",
                max_n: MAX_N,
                generate: |n, _| {
                    let nums = odd_rotated(n, 0);
                    let target = nums[n - 1];
                    Input { nums, target }
                },
            },
            StressFamily {
                name: "random values and rotation, target present",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = spread_values(n, MAX_VALUE, gen);
                    let rotation = gen.index(n);
                    nums.rotate_left(rotation);
                    let target = nums[gen.index(n)];
                    Input { nums, target }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let nums = &input.nums;
        let n = nums.len();
        constraint::length("nums", n, 1..=MAX_N)?;
        constraint::each_within("nums", nums, -MAX_VALUE..=MAX_VALUE)?;
        let mut sorted = nums.clone();
        sorted.sort_unstable();
        if let Some(w) = sorted.windows(2).find(|w| w[0] == w[1]) {
            return Err(format!("nums holds {} twice; values must be unique", w[0]));
        }
        if !is_rotated_ascending(nums) {
            return Err(
                "nums is not an ascending array rotated: it goes down more than once".into(),
            );
        }
        if input.target.abs() > MAX_VALUE {
            return Err(format!(
                "target = {}; allowed -{MAX_VALUE}..={MAX_VALUE}",
                input.target
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

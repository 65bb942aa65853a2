//! Find Minimum in Rotated Sorted Array (LeetCode 153). Target: O(log n) time, O(1) space: compare
//! the middle with the right end to learn which side of the rotation point the middle is on.

use std::collections::BTreeSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: the minimum stays inside `lo..=hi`; a middle above `nums[hi]` is left of it.
pub fn reference(nums: Vec<i32>) -> i32 {
    let (mut lo, mut hi) = (0usize, nums.len() - 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if nums[mid] > nums[hi] {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    nums[lo]
}

const MAX_N: usize = 5000;
const MAX_VALUE: i32 = 5000;

/// Whether `nums`, read cyclically, goes down at most once: a rotation of an ascending array.
pub(crate) fn is_rotated_ascending(nums: &[i32]) -> bool {
    let n = nums.len();
    (0..n).filter(|&i| nums[i] > nums[(i + 1) % n]).count() <= 1
}

/// `n` distinct ascending values spread over `-limit..=limit`, drawn at random.
pub(crate) fn spread_values(n: usize, limit: i32, gen: &mut Gen) -> Vec<i32> {
    let span = 2 * limit as usize + 1;
    let mut values = Vec::with_capacity(n);
    // Keep each candidate with probability (still needed) / (still available): exactly n, sorted.
    for (seen, value) in (-limit..=limit).enumerate() {
        let needed = (n - values.len()) as u64;
        if needed > 0 && gen.next_u64() % ((span - seen) as u64) < needed {
            values.push(value);
        }
    }
    values
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    fn oracle(input: Input) -> i32 {
        *input.nums.iter().min().expect("nums is not empty")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Rotations 0..n cover "rotated n times" (sorted) and the minimum at every position.
        // The distinct values of n draws: mostly n <= 40 from -20..=20, sometimes up to 3000 (the
        // oracle scans) from -n..=n.
        gen::size(1..=40, 1000)
            .prop_flat_map(|n| {
                let spread = (n as i32).max(20);
                prop::collection::vec(-spread..=spread, n)
                    .prop_map(|values| values.into_iter().collect::<BTreeSet<i32>>())
            })
            .prop_flat_map(|set| {
                let len = set.len();
                (Just(set), 0..len)
            })
            .prop_map(|(set, rotation)| {
                let mut nums: Vec<i32> = set.into_iter().collect();
                nums.rotate_left(rotation);
                Input { nums }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A scan for the drop walks the whole array before it finds it.
                name: "the minimum at the last index",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = spread_values(n, MAX_VALUE, gen);
                    nums.rotate_left(1 % n);
                    Input { nums }
                },
            },
            StressFamily {
                // Rotated n times: no drop at all, the minimum is the first element.
                name: "not rotated",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: spread_values(n, MAX_VALUE, gen),
                },
            },
            StressFamily {
                name: "the minimum at index 1",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = spread_values(n, MAX_VALUE, gen);
                    nums.rotate_right(1 % n);
                    Input { nums }
                },
            },
            StressFamily {
                name: "random rotation",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut nums = spread_values(n, MAX_VALUE, gen);
                    let rotation = gen.index(n);
                    nums.rotate_left(rotation);
                    Input { nums }
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
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn spread_values_are_distinct_sorted_and_exact() {
        let mut gen = Gen::new(3);
        for n in [1, 2, 313, 5000] {
            let values = spread_values(n, MAX_VALUE, &mut gen);
            assert_eq!(values.len(), n);
            assert!(values.windows(2).all(|w| w[0] < w[1]));
        }
    }
}

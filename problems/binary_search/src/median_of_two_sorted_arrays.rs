//! Median of Two Sorted Arrays (LeetCode 4). Target: O(log(min(m, n))) time, O(1) space: binary
//! search for how many elements of the shorter array go into the lower half of the merged order.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums1: Vec<i32>,
    pub nums2: Vec<i32>,
}

pub struct Problem;

/// The reference: take `i` elements of the shorter array `a` and `half - i` of `b` into the lower
/// half; the cut is right when each side's last taken element is at most the other's first left.
pub fn reference(nums1: Vec<i32>, nums2: Vec<i32>) -> f64 {
    let (a, b) = if nums1.len() <= nums2.len() {
        (&nums1, &nums2)
    } else {
        (&nums2, &nums1)
    };
    let (m, n) = (a.len(), b.len());
    let half = (m + n).div_ceil(2);
    let (mut lo, mut hi) = (0usize, m);
    loop {
        let i = lo + (hi - lo) / 2;
        let j = half - i;
        let a_left = if i == 0 {
            i64::MIN
        } else {
            i64::from(a[i - 1])
        };
        let a_right = if i == m { i64::MAX } else { i64::from(a[i]) };
        let b_left = if j == 0 {
            i64::MIN
        } else {
            i64::from(b[j - 1])
        };
        let b_right = if j == n { i64::MAX } else { i64::from(b[j]) };
        if a_left > b_right {
            hi = i - 1;
        } else if b_left > a_right {
            lo = i + 1;
        } else {
            let lower = a_left.max(b_left);
            return if (m + n) % 2 == 1 {
                lower as f64
            } else {
                (lower + a_right.min(b_right)) as f64 / 2.0
            };
        }
    }
}

const MAX_LEN: usize = 1000;
const MAX_VALUE: i32 = 1_000_000;

fn sorted_ints(n: usize, low: i32, high: i32, gen: &mut Gen) -> Vec<i32> {
    let mut values = gen.ints(n, low, high);
    values.sort_unstable();
    values
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = f64;
    const PARAMETERS: &'static [&'static str] = &["nums1", "nums2"];

    fn reference(input: Input) -> f64 {
        reference(input.nums1, input.nums2)
    }

    fn oracle(input: Input) -> f64 {
        let mut all = [input.nums1, input.nums2].concat();
        all.sort_unstable();
        let len = all.len();
        if len % 2 == 1 {
            f64::from(all[len / 2])
        } else {
            (f64::from(all[len / 2 - 1]) + f64::from(all[len / 2])) / 2.0
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Either array may be empty (not both); a narrow range makes duplicates across them common.
        // Sometimes up to the limit of 1000 values each: the oracle sorts.
        (
            gen::size(0..=20, MAX_LEN),
            gen::size(0..=20, MAX_LEN),
            prop_oneof![Just(5), Just(MAX_VALUE)],
        )
            .prop_filter("m + n >= 1", |(m, n, _)| m + n >= 1)
            .prop_flat_map(|(m, n, bound)| {
                (
                    prop::collection::vec(-bound..=bound, m),
                    prop::collection::vec(-bound..=bound, n),
                )
            })
            .prop_map(|(mut nums1, mut nums2)| {
                nums1.sort_unstable();
                nums2.sort_unstable();
                Input { nums1, nums2 }
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "both of length n, random values",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    nums1: sorted_ints(n, -MAX_VALUE, MAX_VALUE, gen),
                    nums2: sorted_ints(n, -MAX_VALUE, MAX_VALUE, gen),
                },
            },
            StressFamily {
                // The cut lies at an end of the shorter array: a search must reach the boundary.
                name: "every value of nums1 below every value of nums2",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    nums1: sorted_ints(n, -MAX_VALUE, -1, gen),
                    nums2: sorted_ints(n, 0, MAX_VALUE, gen),
                },
            },
            StressFamily {
                name: "nums1 empty",
                max_n: MAX_LEN,
                generate: |n, gen| Input {
                    nums1: Vec::new(),
                    nums2: sorted_ints(n, -MAX_VALUE, MAX_VALUE, gen),
                },
            },
            StressFamily {
                name: "all values equal",
                max_n: MAX_LEN,
                generate: |n, gen| {
                    let value = gen.int((-MAX_VALUE).into(), MAX_VALUE.into()) as i32;
                    Input {
                        nums1: vec![value; n],
                        nums2: vec![value; n - 1],
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        for (name, nums) in [("nums1", &input.nums1), ("nums2", &input.nums2)] {
            constraint::length(name, nums.len(), 0..=MAX_LEN)?;
            constraint::each_within(name, nums, -MAX_VALUE..=MAX_VALUE)?;
            if let Some(i) = nums.windows(2).position(|w| w[0] > w[1]) {
                return Err(format!(
                    "{name} is not sorted: {name}[{i}] = {} > {name}[{}] = {}",
                    nums[i],
                    i + 1,
                    nums[i + 1]
                ));
            }
        }
        if input.nums1.is_empty() && input.nums2.is_empty() {
            return Err("nums1 and nums2 are both empty; m + n must be at least 1".into());
        }
        Ok(())
    }

    fn check(_input: &Input, expected: &f64, got: &f64) -> Checked {
        check::within_tolerance(*expected, *got, 1e-5)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, Vec<i32>) -> f64) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.nums1, input.nums2))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

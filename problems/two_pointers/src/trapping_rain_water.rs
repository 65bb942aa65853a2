//! Trapping Rain Water (LeetCode 42). Target: O(n) time and O(1) space with two pointers, each
//! side carrying the tallest bar seen from its end.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub height: Vec<i32>,
}

pub struct Problem;

/// The reference: the side with the lower running maximum is settled, since the other side is
/// known to hold a wall at least that tall.
pub fn reference(height: Vec<i32>) -> i32 {
    let (mut lo, mut hi) = (0, height.len() - 1);
    let (mut left_max, mut right_max) = (0, 0);
    let mut water = 0;
    while lo < hi {
        left_max = left_max.max(height[lo]);
        right_max = right_max.max(height[hi]);
        if left_max <= right_max {
            water += left_max - height[lo];
            lo += 1;
        } else {
            water += right_max - height[hi];
            hi -= 1;
        }
    }
    water
}

const MAX_N: usize = 20_000;
const MAX_HEIGHT: i32 = 100_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["height"];

    fn reference(input: Input) -> i32 {
        reference(input.height)
    }

    /// The definition: above each bar the water rises to the lower of the tallest bars on its left
    /// and on its right (both including itself).
    fn oracle(input: Input) -> i32 {
        let h = &input.height;
        let n = h.len();
        let mut left = vec![0i64; n];
        let mut right = vec![0i64; n];
        for i in 0..n {
            left[i] = i64::from(h[i]).max(if i > 0 { left[i - 1] } else { 0 });
        }
        for i in (0..n).rev() {
            right[i] = i64::from(h[i]).max(if i + 1 < n { right[i + 1] } else { 0 });
        }
        (0..n)
            .map(|i| left[i].min(right[i]) - i64::from(h[i]))
            .sum::<i64>() as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // The oracle is linear: up to a few thousand bars.
        (
            gen::size(1..=30, 1000),
            prop_oneof![Just(3), Just(10), Just(MAX_HEIGHT)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(0..=bound, n))
            .prop_map(|height| Input { height })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // The walls are at the ends: scanning outwards from each bar reads everything.
                name: "a valley: falling to the middle, then rising",
                max_n: MAX_N,
                generate: |n, _| Input {
                    height: (0..n)
                        .map(|i| {
                            let d = i.abs_diff(n / 2) as i64;
                            (d * i64::from(MAX_HEIGHT) / (n as i64 / 2 + 1)) as i32
                        })
                        .collect(),
                },
            },
            StressFamily {
                name: "a single tall peak in the middle, low ground around it",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut height = gen.ints(n, 0, 100);
                    height[n / 2] = MAX_HEIGHT;
                    Input { height }
                },
            },
            StressFamily {
                name: "a rising staircase: nothing is trapped",
                max_n: MAX_N,
                generate: |n, _| Input {
                    height: (0..n).map(|i| (i * 5) as i32 % (MAX_HEIGHT + 1)).collect(),
                },
            },
            StressFamily {
                name: "random heights",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    height: gen.ints(n, 0, MAX_HEIGHT),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.height.len();
        constraint::length("height", n, 1..=MAX_N)?;
        constraint::each_within("height", &input.height, 0..=MAX_HEIGHT)?;
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.height))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

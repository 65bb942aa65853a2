//! Container With Most Water (LeetCode 11). Target: O(n) with two pointers from the ends, always
//! moving the shorter side.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub height: Vec<i32>,
}

pub struct Problem;

/// The reference: the shorter side limits every container that keeps it and is narrower, so it
/// can be dropped; move it inwards.
pub fn reference(height: Vec<i32>) -> i32 {
    let (mut lo, mut hi) = (0, height.len() - 1);
    let mut best = 0;
    while lo < hi {
        let width = (hi - lo) as i32;
        if height[lo] < height[hi] {
            best = best.max(height[lo] * width);
            lo += 1;
        } else {
            best = best.max(height[hi] * width);
            hi -= 1;
        }
    }
    best
}

const MAX_N: usize = 100_000;
const MAX_HEIGHT: i32 = 10_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["height"];

    fn reference(input: Input) -> i32 {
        reference(input.height)
    }

    /// For each line as the shorter side, the best partner is the farthest line at least as tall.
    /// The first and last index holding a height >= h are tabulated for every h.
    fn oracle(input: Input) -> i32 {
        let height = &input.height;
        let top = *height.iter().max().unwrap() as usize;
        let (mut first, mut last) = (vec![usize::MAX; top + 2], vec![0usize; top + 2]);
        for (i, &h) in height.iter().enumerate() {
            first[h as usize] = first[h as usize].min(i);
            last[h as usize] = last[h as usize].max(i);
        }
        for h in (0..=top).rev() {
            first[h] = first[h].min(first[h + 1]);
            last[h] = last[h].max(last[h + 1]);
        }
        height
            .iter()
            .enumerate()
            .map(|(i, &h)| {
                let reach = (i - first[h as usize]).max(last[h as usize] - i);
                h * reach as i32
            })
            .max()
            .unwrap()
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct heights make ties between the two sides common. The oracle is linear in n
        // and the tallest height: a few thousand heights cost nothing.
        (
            gen::size(2..=40, 1000),
            prop_oneof![Just(3), Just(20), Just(MAX_HEIGHT)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(0..=bound, n))
            .prop_map(|height| Input { height })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random heights",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    height: gen.ints(n.max(2), 0, MAX_HEIGHT),
                },
            },
            StressFamily {
                // Every pair has to be looked at by a double loop, and the two ends win.
                name: "all lines equal",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    height: vec![gen.int(1, MAX_HEIGHT.into()) as i32; n.max(2)],
                },
            },
            StressFamily {
                // The best container is near the middle, found only after many moves of one side.
                name: "rising heights",
                max_n: MAX_N,
                generate: |n, _| {
                    let n = n.max(2);
                    Input {
                        height: (0..n)
                            .map(|i| (i * MAX_HEIGHT as usize / n) as i32)
                            .collect(),
                    }
                },
            },
            StressFamily {
                name: "low walls at the ends, a tall pair inside",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(4);
                    let mut height = gen.ints(n, 0, 10);
                    height[n / 4] = MAX_HEIGHT;
                    height[3 * n / 4] = MAX_HEIGHT;
                    Input { height }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.height.len();
        constraint::length("height", n, 2..=MAX_N)?;
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

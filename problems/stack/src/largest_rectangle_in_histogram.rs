//! Largest Rectangle in Histogram (LeetCode 84). Target: O(n) with a stack of increasing heights.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub heights: Vec<i32>,
}

pub struct Problem;

/// The reference: the stack holds indices of increasing heights. When a lower bar arrives, every
/// taller bar on the stack has found its right boundary, and its left boundary is the bar below it
/// on the stack. A sentinel height 0 at the end flushes the stack.
pub fn reference(heights: Vec<i32>) -> i32 {
    let mut stack: Vec<usize> = Vec::with_capacity(heights.len());
    let mut best = 0;
    for i in 0..=heights.len() {
        let height = heights.get(i).copied().unwrap_or(0);
        while let Some(&top) = stack.last() {
            if heights[top] < height {
                break;
            }
            stack.pop();
            let left = stack.last().map_or(0, |&below| below + 1);
            best = best.max(heights[top] * (i - left) as i32);
        }
        stack.push(i);
    }
    best
}

const MAX_N: usize = 100_000;
const MAX_HEIGHT: i32 = 10_000;

/// Heights that climb from 0 to `MAX_HEIGHT` and wrap, `step` per bar.
fn staircase(n: usize, step: usize, up: bool) -> Vec<i32> {
    (0..n)
        .map(|i| {
            let h = ((i * step) % (MAX_HEIGHT as usize + 1)) as i32;
            if up {
                h
            } else {
                MAX_HEIGHT - h
            }
        })
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["heights"];

    fn reference(input: Input) -> i32 {
        reference(input.heights)
    }

    /// For every bar, the widest rectangle as tall as it: the run of bars at least as tall around
    /// it. The runs are found with sorted heights and a union of neighbours (tallest first), which
    /// is O(n log n) and needs no stack.
    fn oracle(input: Input) -> i32 {
        let heights = &input.heights;
        let n = heights.len();
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(heights[i]));
        // parent/size of the runs of bars already added (all at least as tall as the current one)
        let mut parent: Vec<usize> = (0..n).collect();
        let mut size = vec![0usize; n];
        fn find(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut best: i64 = 0;
        for &i in &order {
            size[i] = 1;
            for neighbour in [i.wrapping_sub(1), i + 1] {
                if neighbour < n && size[neighbour] > 0 {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, neighbour));
                    if a != b {
                        parent[b] = a;
                        size[a] += size[b];
                    }
                }
            }
            let root = find(&mut parent, i);
            best = best.max(i64::from(heights[i]) * size[root] as i64);
        }
        best as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few distinct heights make equal bars and plateaus common. The oracle sorts the bars: up to
        // a few thousand.
        (
            gen::size(1..=40, 1000),
            prop_oneof![Just(3), Just(10), Just(MAX_HEIGHT)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(0..=bound, n))
            .prop_map(|heights| Input { heights })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Expanding left and right from every bar walks the whole array each time.
                name: "all bars equal",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    heights: vec![gen.int(1, MAX_HEIGHT.into()) as i32; n],
                },
            },
            StressFamily {
                // Each bar's rectangle extends to the right end: the stack only grows until the end.
                name: "increasing staircase",
                max_n: MAX_N,
                generate: |n, _| Input {
                    heights: staircase(n, 1, true),
                },
            },
            StressFamily {
                name: "decreasing staircase",
                max_n: MAX_N,
                generate: |n, _| Input {
                    heights: staircase(n, 1, false),
                },
            },
            StressFamily {
                name: "random heights",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    heights: gen.ints(n, 0, MAX_HEIGHT),
                },
            },
            StressFamily {
                // Divide and conquer on the minimum degrades to O(n²) when the minimum is at an end.
                name: "a valley: high at both ends, low in the middle, in small steps",
                max_n: MAX_N,
                generate: |n, _| Input {
                    heights: (0..n)
                        .map(|i| {
                            let d = i.abs_diff(n / 2);
                            (MAX_HEIGHT as usize * d / (n / 2 + 1)) as i32
                        })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.heights.len();
        constraint::length("heights", n, 1..=MAX_N)?;
        constraint::each_within("heights", &input.heights, 0..=MAX_HEIGHT)?;
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.heights))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

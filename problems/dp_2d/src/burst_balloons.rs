//! Burst Balloons (LeetCode 312). Target: O(n³) time, O(n²) space: pad the row with a 1 at each
//! end; for the balloons strictly between positions i and j of the padded row, choose the one, k,
//! burst last: at that moment its neighbours are i and j, and the two sides were emptied
//! independently. Ranges are filled from short to long.

use std::collections::HashMap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub nums: Vec<i32>,
}

pub struct Problem;

/// The reference: `best[i * width + j]` is the most coins from bursting every balloon strictly
/// between padded positions i and j, for gaps j - i of 2, 3, ... up to the whole row.
pub fn reference(nums: Vec<i32>) -> i32 {
    let mut values = Vec::with_capacity(nums.len() + 2);
    values.push(1);
    values.extend(nums);
    values.push(1);
    let width = values.len();
    let mut best = vec![0i32; width * width];
    for gap in 2..width {
        for i in 0..width - gap {
            let j = i + gap;
            let ends = values[i] * values[j];
            let most = (i + 1..j)
                .map(|k| best[i * width + k] + ends * values[k] + best[k * width + j])
                .max()
                .expect("at least one balloon between i and j");
            best[i * width + j] = most;
        }
    }
    best[width - 1]
}

const MAX_N: usize = 300;
const MAX_VALUE: i32 = 100;
/// Twelve balloons: a recursion that tries every balloon at every step without a memo makes
/// 12! > 4.7 * 10^8 bursts; the reference does ~300 steps.
const RECURSION_N: usize = 12;

/// Small inputs: every order of bursting, one balloon at a time, with no memo.
fn by_every_order(balloons: &mut Vec<i32>) -> i32 {
    let mut best = 0;
    for k in 0..balloons.len() {
        let left = if k > 0 { balloons[k - 1] } else { 1 };
        let right = balloons.get(k + 1).copied().unwrap_or(1);
        let value = balloons.remove(k);
        best = best.max(left * value * right + by_every_order(balloons));
        balloons.insert(k, value);
    }
    best
}

/// Stress sizes: the same choice of the last balloon, asked top-down over the open range
/// (left, right) of the padded row, with the answers kept in a map.
fn last_burst(
    values: &[i32],
    left: usize,
    right: usize,
    memo: &mut HashMap<(usize, usize), i32>,
) -> i32 {
    if right - left < 2 {
        return 0;
    }
    if let Some(&known) = memo.get(&(left, right)) {
        return known;
    }
    let best = (left + 1..right)
        .map(|k| {
            values[left] * values[k] * values[right]
                + last_burst(values, left, k, memo)
                + last_burst(values, k, right, memo)
        })
        .max()
        .unwrap_or(0);
    memo.insert((left, right), best);
    best
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["nums"];

    fn reference(input: Input) -> i32 {
        reference(input.nums)
    }

    fn oracle(input: Input) -> i32 {
        let mut nums = input.nums;
        if nums.len() <= 8 {
            return by_every_order(&mut nums);
        }
        let mut values = vec![1];
        values.extend(nums);
        values.push(1);
        let right = values.len() - 1;
        last_burst(&values, 0, right, &mut HashMap::new())
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 8 balloons, mostly small values with zeros common (a zero neighbour wastes a
        // burst), now and then up to 100.
        let value = prop_oneof![2 => Just(0), 5 => 1..=9i32, 1 => 10..=MAX_VALUE];
        prop::collection::vec(value, 1..=8)
            .prop_map(|nums| Input { nums })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that trying every order without a memo is stopped after 200 ms.
                name: "12 random balloons (exposes a search over every order)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, 0, MAX_VALUE),
                },
            },
            StressFamily {
                name: "300 random balloons from 0 to 100",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: gen.ints(n, 0, MAX_VALUE),
                },
            },
            StressFamily {
                // The largest answer: 300 balloons of 100 (about 3 * 10^8 coins).
                name: "300 balloons of 100",
                max_n: MAX_N,
                generate: |n, _| Input {
                    nums: vec![MAX_VALUE; n],
                },
            },
            StressFamily {
                name: "300 balloons, a third of them 0",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    nums: (0..n)
                        .map(|_| {
                            if gen.chance(1, 3) {
                                0
                            } else {
                                gen.int(1, MAX_VALUE.into()) as i32
                            }
                        })
                        .collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("nums", input.nums.len(), 1..=MAX_N)?;
        constraint::each_within("nums", &input.nums, 0..=MAX_VALUE)
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
    fn the_examples_and_the_largest_answer() {
        assert_eq!(reference(vec![3, 1, 5, 8]), 167);
        assert_eq!(reference(vec![1, 5]), 10);
        assert_eq!(reference(vec![7]), 7);
        let largest = reference(vec![MAX_VALUE; MAX_N]);
        assert!(largest > 290_000_000 && largest < i32::MAX / 2, "{largest}");
    }

    #[test]
    fn the_two_oracles_agree_on_small_inputs() {
        let mut gen = Gen::new(8);
        for _ in 0..300 {
            let n = gen.int(1, 7) as usize;
            let nums = gen.ints(n, 0, 9);
            let mut values = vec![1];
            values.extend(nums.iter().copied());
            values.push(1);
            let right = values.len() - 1;
            assert_eq!(
                by_every_order(&mut nums.clone()),
                last_burst(&values, 0, right, &mut HashMap::new()),
                "{nums:?}"
            );
        }
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(6));
            assert_eq!(
                reference(input.nums.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}

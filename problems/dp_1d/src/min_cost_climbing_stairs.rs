//! Min Cost Climbing Stairs (LeetCode 746). Target: O(n) time, O(1) space: the cheapest way to stand
//! on step i is cost[i] plus the cheaper of the two steps below it, kept in two variables.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub cost: Vec<i32>,
}

pub struct Problem;

/// The reference: `two` and `one` are the least totals for standing on steps i - 2 and i - 1 (having
/// paid for them); the top is reached from either of the last two steps.
pub fn reference(cost: Vec<i32>) -> i32 {
    let (mut two, mut one) = (0i32, 0i32);
    for &c in &cost {
        (two, one) = (one, c + two.min(one));
    }
    two.min(one)
}

const MAX_N: usize = 1000;
const MAX_COST: i32 = 999;
/// Large enough that a recursion without a memo (~1.6^n calls) is stopped at once, small enough that
/// the reference takes well under a microsecond.
const RECURSION_N: usize = 48;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["cost"];

    fn reference(input: Input) -> i32 {
        reference(input.cost)
    }

    /// Small inputs: every set of steps stood on (a bit mask) that is a legal climb: starts on step
    /// 0 or 1, never skips two steps in a row, and leaves from one of the last two steps. Stress
    /// sizes: a shortest path, relaxing forwards from each step to the two it reaches.
    fn oracle(input: Input) -> i32 {
        let n = input.cost.len();
        if n > 16 {
            let mut arrive = vec![i32::MAX; n + 2];
            (arrive[0], arrive[1]) = (0, 0);
            for i in 0..n {
                let paid = arrive[i] + input.cost[i];
                for next in [i + 1, i + 2] {
                    arrive[next] = arrive[next].min(paid);
                }
            }
            return arrive[n];
        }
        let mut best = i32::MAX;
        for mask in 0u32..(1 << n) {
            let stood: Vec<usize> = (0..n).filter(|&i| mask & (1 << i) != 0).collect();
            let Some(&first) = stood.first() else {
                continue;
            };
            let last = *stood.last().expect("not empty");
            let no_gap = stood.windows(2).all(|w| w[1] - w[0] <= 2);
            if first <= 1 && last + 2 >= n && no_gap {
                best = best.min(stood.iter().map(|&i| input.cost[i]).sum());
            }
        }
        best
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 14 steps: 2^14 masks for the oracle, and few enough calls for a recursion without
        // a memo that the stress cases, not these, expose it. Small costs make ties common.
        (2..=14usize, prop_oneof![Just(3), Just(MAX_COST)])
            .prop_flat_map(|(n, bound)| prop::collection::vec(0..=bound, n))
            .prop_map(|cost| Input { cost })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms.
                name: "48 random costs (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    cost: gen.ints(n.max(2), 0, MAX_COST),
                },
            },
            StressFamily {
                name: "random costs, n = 1000",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    cost: gen.ints(n.max(2), 0, MAX_COST),
                },
            },
            StressFamily {
                // Cheap and dear steps alternate: the best climb mixes one- and two-steps.
                name: "alternating 0 and 999",
                max_n: MAX_N,
                generate: |n, _| Input {
                    cost: (0..n.max(2))
                        .map(|i| if i % 2 == 0 { 0 } else { MAX_COST })
                        .collect(),
                },
            },
            StressFamily {
                name: "all 999 (the largest total)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    cost: vec![MAX_COST; n.max(2)],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("cost", input.cost.len(), 2..=MAX_N)?;
        constraint::each_within("cost", &input.cost, 0..=MAX_COST)?;
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.cost))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_reference_agrees_with_the_shortest_path_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..20 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(reference(input.cost.clone()), Problem::oracle(input));
            }
        }
    }
}

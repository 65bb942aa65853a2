//! Merge Triplets to Form Target Triplet (LeetCode 1899). Target: O(n) time, O(1) space: a
//! triplet with any value above the target's can never be used; every other one can be merged in
//! without harm, so the answer is whether those reach each of the target's values.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub triplets: Vec<Vec<i32>>,
    pub target: Vec<i32>,
}

pub struct Problem;

/// The reference: mark which of the target's positions some usable triplet matches.
pub fn reference(triplets: Vec<Vec<i32>>, target: Vec<i32>) -> bool {
    let mut matched = [false; 3];
    for t in &triplets {
        if (0..3).all(|k| t[k] <= target[k]) {
            for k in 0..3 {
                matched[k] |= t[k] == target[k];
            }
        }
    }
    matched == [true; 3]
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 1_000;

/// The value-wise largest of the chosen triplets.
fn merged<'a>(chosen: impl Iterator<Item = &'a Vec<i32>>) -> [i32; 3] {
    let mut out = [0; 3];
    for t in chosen {
        for k in 0..3 {
            out[k] = out[k].max(t[k]);
        }
    }
    out
}

/// A triplet that stays at or below `target` everywhere.
fn usable(target: &[i32], gen: &mut Gen) -> Vec<i32> {
    target
        .iter()
        .map(|&v| gen.int(1, i64::from(v)) as i32)
        .collect()
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["triplets", "target"];

    fn reference(input: Input) -> bool {
        reference(input.triplets, input.target)
    }

    /// Small inputs: merge every non-empty subset of the triplets. Large ones: merge every
    /// triplet that stays within the target and compare.
    fn oracle(input: Input) -> bool {
        let Input { triplets, target } = input;
        if triplets.len() <= 12 {
            return (1u32..1 << triplets.len()).any(|mask| {
                let chosen = (0..triplets.len())
                    .filter(|i| mask >> i & 1 == 1)
                    .map(|i| &triplets[i]);
                merged(chosen) == target[..]
            });
        }
        let within = triplets
            .iter()
            .filter(|t| t.iter().zip(&target).all(|(a, b)| a <= b));
        merged(within) == target[..]
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Values 1..=4, so that triplets often match one of the target's values while overshooting
        // another.
        let triplet = || prop::collection::vec(1..=4i32, 3);
        (prop::collection::vec(triplet(), 1..=8), triplet())
            .prop_map(|(triplets, target)| Input { triplets, target })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Every triplet usable, the third value never reached: a search over groups of
                // triplets finds nothing and tries them all.
                name: "every triplet usable, the last value never reached (false)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let target = vec![MAX_VALUE; 3];
                    let triplets = (0..n)
                        .map(|_| {
                            let mut t = usable(&target, gen);
                            t[2] = t[2].min(MAX_VALUE - 1);
                            t
                        })
                        .collect();
                    Input { triplets, target }
                },
            },
            StressFamily {
                name: "each value matched only by triplets that overshoot another (false)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let target = vec![500, 500, 500];
                    let triplets = (0..n)
                        .map(|_| {
                            let mut t = usable(&target, gen);
                            let k = gen.index(3);
                            t[k] = 500;
                            t[(k + 1) % 3] = gen.int(501, i64::from(MAX_VALUE)) as i32;
                            t
                        })
                        .collect();
                    Input { triplets, target }
                },
            },
            StressFamily {
                name: "the three needed triplets at the end (true)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let target: Vec<i32> = (0..3).map(|_| gen.int(2, 1000) as i32).collect();
                    let mut triplets: Vec<Vec<i32>> = (0..n.saturating_sub(3))
                        .map(|_| gen.ints(3, 1, MAX_VALUE))
                        .collect();
                    for k in 0..3.min(n) {
                        let mut t = usable(&target, gen);
                        t[k] = target[k];
                        triplets.push(t);
                    }
                    if n < 3 {
                        triplets[0] = target.clone();
                    }
                    Input { triplets, target }
                },
            },
            StressFamily {
                name: "random triplets and target",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    triplets: (0..n).map(|_| gen.ints(3, 1, MAX_VALUE)).collect(),
                    target: gen.ints(3, 1, MAX_VALUE),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("triplets", input.triplets.len(), 1..=MAX_N)?;
        for (i, t) in input.triplets.iter().enumerate() {
            if t.len() != 3 {
                return Err(format!(
                    "triplets[{i}] has {} values; every triplet has exactly 3",
                    t.len()
                ));
            }
            if let Some(v) = t.iter().find(|v| !(1..=MAX_VALUE).contains(*v)) {
                return Err(format!("triplets[{i}] holds {v}; allowed 1..={MAX_VALUE}"));
            }
        }
        constraint::length("target", input.target.len(), 3..=3)?;
        constraint::each_within("target", &input.target, 1..=MAX_VALUE)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>, Vec<i32>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.triplets, input.target))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_any_match,
        "../../submissions/greedy/merge_triplets_to_form_target_triplet/wrong_any_match.rs"
    );
    submission!(
        wrong_one_triplet,
        "../../submissions/greedy/merge_triplets_to_form_target_triplet/wrong_one_triplet.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_any_match::Solution::merge_triplets(input.triplets, input.target)
            }),
            "wrong_any_match"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_one_triplet::Solution::merge_triplets(input.triplets, input.target)
            }),
            "wrong_one_triplet"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let t = |v: &[[i32; 3]]| v.iter().map(|x| x.to_vec()).collect::<Vec<_>>();
        assert!(reference(
            t(&[[2, 5, 3], [1, 8, 4], [1, 7, 5]]),
            vec![2, 7, 5]
        ));
        assert!(!reference(t(&[[3, 4, 5], [4, 5, 6]]), vec![3, 2, 5]));
        assert!(reference(
            t(&[[2, 5, 3], [2, 3, 4], [1, 2, 5], [5, 2, 3]]),
            vec![5, 5, 5]
        ));
    }

    #[test]
    fn stress_inputs_are_valid_with_the_intended_answer() {
        let expected = [Some(false), Some(false), Some(true), None];
        for (family, answer) in Problem::stress().iter().zip(expected) {
            for n in [1, 2, 3, family.max_n] {
                let input = (family.generate)(n, &mut Gen::new(4));
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                let got = reference(input.triplets.clone(), input.target.clone());
                assert_eq!(got, Problem::oracle(input), "{}", family.name);
                if let Some(answer) = answer {
                    assert_eq!(got, answer, "{} at n = {n}", family.name);
                }
            }
        }
    }
}

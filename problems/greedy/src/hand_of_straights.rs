//! Hand of Straights (LeetCode 846). Target: O(n log n) time, O(n) space: the smallest card left
//! must start a group, so take the cards in sorted order and, from each that is still unused, use
//! up the next `group_size` consecutive values.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub hand: Vec<i32>,
    pub group_size: i32,
}

pub struct Problem;

/// The reference: the distinct values in order with their counts (no hashing), consuming from the
/// smallest value still counted.
pub fn reference(hand: Vec<i32>, group_size: i32) -> bool {
    let k = group_size as usize;
    if !hand.len().is_multiple_of(k) {
        return false;
    }
    let mut sorted = hand;
    sorted.sort_unstable();
    let (mut values, mut counts) = (Vec::new(), Vec::new());
    for card in sorted {
        if values.last() == Some(&card) {
            *counts.last_mut().expect("a count per value") += 1;
        } else {
            values.push(card);
            counts.push(1usize);
        }
    }
    for i in 0..values.len() {
        let groups = counts[i];
        if groups == 0 {
            continue;
        }
        for j in i..i + k {
            let next = values[i] + (j - i) as i32;
            if j >= values.len() || values[j] != next || counts[j] < groups {
                return false;
            }
            counts[j] -= groups;
        }
    }
    true
}

const MAX_N: usize = 10_000;
const MAX_VALUE: i32 = 1_000_000_000;

/// `groups` straights of `k` cards starting at values drawn from `low..=high`, shuffled.
fn straights(groups: usize, k: usize, low: i32, high: i32, gen: &mut Gen) -> Vec<i32> {
    let mut hand = Vec::with_capacity(groups * k);
    for _ in 0..groups {
        let start = gen.int(i64::from(low), i64::from(high) - k as i64 + 1) as i32;
        hand.extend(start..start + k as i32);
    }
    shuffle(&mut hand, gen);
    hand
}

fn shuffle(hand: &mut [i32], gen: &mut Gen) {
    for i in (1..hand.len()).rev() {
        hand.swap(i, gen.index(i + 1));
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["hand", "group_size"];

    fn reference(input: Input) -> bool {
        reference(input.hand, input.group_size)
    }

    /// Repeatedly removes the smallest card left and then, one by one, the next values of its
    /// straight from an unsorted list (O(n²)).
    fn oracle(input: Input) -> bool {
        let mut cards = input.hand;
        while let Some(&smallest) = cards.iter().min() {
            for value in smallest..smallest + input.group_size {
                match cards.iter().position(|&c| c == value) {
                    Some(at) => {
                        cards.swap_remove(at);
                    }
                    None => return false,
                }
            }
        }
        true
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Half random hands of small values (mostly false), half made of straights, sometimes
        // with one card changed, so that both answers are common and duplicates overlap.
        let random = (1..=12usize)
            .prop_flat_map(|n| (prop::collection::vec(0..=6i32, n), 1..=n as i32))
            .prop_map(|(hand, group_size)| Input { hand, group_size });
        let built = (1..=4usize, 1..=4usize)
            .prop_flat_map(|(groups, k)| {
                (
                    prop::collection::vec(0..=4i32, groups),
                    Just(k),
                    prop::option::weighted(0.3, (0..groups * k, 0..=8i32)),
                )
            })
            .prop_flat_map(|(starts, k, change)| {
                let mut hand: Vec<i32> = starts.iter().flat_map(|&s| s..s + k as i32).collect();
                if let Some((at, value)) = change {
                    hand[at] = value;
                }
                (Just(hand).prop_shuffle(), Just(k as i32))
            })
            .prop_map(|(hand, group_size)| Input { hand, group_size });
        prop_oneof![random, built].boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First: every card is found and removed by a scan, the quadratic method's worst case.
                name: "group size 1, random values",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    hand: gen.ints(n, 0, MAX_VALUE),
                    group_size: 1,
                },
            },
            StressFamily {
                name: "straights of 100 with values spread up to 10^9 (true)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let k = 100.min(n);
                    Input {
                        hand: straights(n / k, k, 0, MAX_VALUE, gen),
                        group_size: k as i32,
                    }
                },
            },
            StressFamily {
                // Heavily overlapping straights: many copies of each value.
                name: "straights of 10 over 50 values (true)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let k = 10.min(n);
                    Input {
                        hand: straights(n / k, k, 0, 50, gen),
                        group_size: k as i32,
                    }
                },
            },
            StressFamily {
                name: "straights of 100 with the largest card one too high (false)",
                max_n: MAX_N,
                generate: |n, gen| {
                    let k = 100.min(n);
                    let mut hand = straights(n / k, k, 0, MAX_VALUE - 1, gen);
                    let top = hand
                        .iter()
                        .enumerate()
                        .max_by_key(|&(_, &c)| c)
                        .map(|(i, _)| i);
                    hand[top.expect("the hand is not empty")] += 1;
                    Input {
                        hand,
                        group_size: k as i32,
                    }
                },
            },
            StressFamily {
                name: "one straight of the whole hand at the top of the range",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    hand: straights(1, n, MAX_VALUE - n as i32 + 1, MAX_VALUE, gen),
                    group_size: n as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("hand", input.hand.len(), 1..=MAX_N)?;
        constraint::each_within("hand", &input.hand, 0..=MAX_VALUE)?;
        constraint::within("group_size", input.group_size, 1..=input.hand.len() as i32)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.hand, input.group_size))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_sorted_chunks,
        "../../submissions/greedy/hand_of_straights/wrong_sorted_chunks.rs"
    );
    submission!(
        wrong_distinct_values_only,
        "../../submissions/greedy/hand_of_straights/wrong_distinct_values_only.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sorted_chunks::Solution::is_n_straight_hand(input.hand, input.group_size)
            }),
            "wrong_sorted_chunks"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_distinct_values_only::Solution::is_n_straight_hand(
                    input.hand,
                    input.group_size,
                )
            }),
            "wrong_distinct_values_only"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert!(reference(vec![1, 2, 3, 6, 2, 3, 4, 7, 8], 3));
        assert!(!reference(vec![1, 2, 3, 4, 5], 4));
    }

    #[test]
    fn stress_inputs_are_valid_with_the_intended_answer() {
        let expected = [true, true, true, false, true];
        for (family, answer) in Problem::stress().iter().zip(expected) {
            let input = (family.generate)(family.max_n, &mut Gen::new(2));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                reference(input.hand, input.group_size),
                answer,
                "{}",
                family.name
            );
        }
    }
}

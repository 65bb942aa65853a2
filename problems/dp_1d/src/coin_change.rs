//! Coin Change (LeetCode 322). Target: O(n·amount) time, O(amount) space: the fewest coins for every
//! amount from 0 upwards, each from the fewest for the amount one coin smaller.

use std::collections::VecDeque;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub coins: Vec<i32>,
    pub amount: i32,
}

pub struct Problem;

/// The reference: fewest[a] for a = 0..=amount, with amount + 1 standing for "impossible".
pub fn reference(coins: Vec<i32>, amount: i32) -> i32 {
    let amount = amount as usize;
    let impossible = amount + 1;
    let mut fewest = vec![impossible; amount + 1];
    fewest[0] = 0;
    for a in 1..=amount {
        for &coin in &coins {
            let coin = coin as usize;
            if coin <= a {
                fewest[a] = fewest[a].min(fewest[a - coin] + 1);
            }
        }
    }
    if fewest[amount] == impossible {
        -1
    } else {
        fewest[amount] as i32
    }
}

const MAX_COINS: usize = 12;
const MAX_AMOUNT: i32 = 10_000;
/// Large enough that a recursion without a memo is stopped at once (with coins 1, 2 and 5 it makes
/// more than 1.7^a calls), small enough that the reference takes well under a microsecond.
const RECURSION_AMOUNT: usize = 60;

/// Small inputs: every multiset of coins, as a count of each denomination, whose total is the
/// amount.
fn fewest_by_enumeration(coins: &[i64], amount: i64) -> Option<i64> {
    let Some((&coin, rest)) = coins.split_first() else {
        return (amount == 0).then_some(0);
    };
    (0..=amount / coin)
        .filter_map(|count| fewest_by_enumeration(rest, amount - count * coin).map(|r| r + count))
        .min()
}

/// Stress sizes: a breadth-first search over the amounts still to pay, one coin per edge; the first
/// time 0 is reached is the fewest coins.
fn fewest_by_search(coins: &[i32], amount: usize) -> Option<usize> {
    let mut coins_used = vec![usize::MAX; amount + 1];
    coins_used[amount] = 0;
    let mut queue = VecDeque::from([amount]);
    while let Some(left) = queue.pop_front() {
        if left == 0 {
            return Some(coins_used[0]);
        }
        for &coin in coins {
            if let Some(next) = left.checked_sub(coin as usize) {
                if coins_used[next] == usize::MAX {
                    coins_used[next] = coins_used[left] + 1;
                    queue.push_back(next);
                }
            }
        }
    }
    None
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["coins", "amount"];

    fn reference(input: Input) -> i32 {
        reference(input.coins, input.amount)
    }

    fn oracle(input: Input) -> i32 {
        let answer = if input.amount <= 40 {
            let coins: Vec<i64> = input.coins.iter().map(|&c| i64::from(c)).collect();
            fewest_by_enumeration(&coins, input.amount.into()).map(|c| c as usize)
        } else {
            fewest_by_search(&input.coins, input.amount as usize)
        };
        answer.map_or(-1, |c| c as i32)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 4 distinct coins and amounts up to 20, small enough for the enumeration and for a
        // recursion without a memo, which the stress cases expose. Some coins are huge (LeetCode
        // allows up to 2^31 - 1): adding one to an amount must not overflow.
        let coin = prop_oneof![8 => 1..=12i32, 1 => Just(i32::MAX), 1 => 1_000..=i32::MAX];
        (prop::collection::btree_set(coin, 1..=4), 0..=20i32)
            .prop_map(|(coins, amount)| Input {
                coins: coins.into_iter().collect(),
                amount,
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped within ~200 ms.
                name: "coins 1, 2, 5 and amount 60 (exposes a recursion without a memo)",
                max_n: RECURSION_AMOUNT,
                generate: |n, _| Input {
                    coins: vec![1, 2, 5],
                    amount: n as i32,
                },
            },
            StressFamily {
                name: "12 random coins up to 500, amount 10^4",
                max_n: MAX_AMOUNT as usize,
                generate: |n, gen| {
                    let mut coins: Vec<i32> = Vec::new();
                    while coins.len() < MAX_COINS {
                        let coin = gen.int(1, 500) as i32;
                        if !coins.contains(&coin) {
                            coins.push(coin);
                        }
                    }
                    Input {
                        coins,
                        amount: n as i32,
                    }
                },
            },
            StressFamily {
                // Greedy takes the 10^4 / 7 sevens it can and fails; the answer mixes sixes and sevens.
                name: "coins that defeat greedy (1, 6, 7, 2^31 - 1), amount 10^4",
                max_n: MAX_AMOUNT as usize,
                generate: |n, _| Input {
                    coins: vec![i32::MAX, 7, 6, 1],
                    amount: n as i32,
                },
            },
            StressFamily {
                // Only even coins and an odd amount: -1, after the whole table is filled.
                name: "even coins, odd amount: impossible",
                max_n: MAX_AMOUNT as usize - 1,
                generate: |n, _| Input {
                    coins: (1..=MAX_COINS as i32).map(|c| 2 * c).collect(),
                    amount: (n as i32) | 1,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("coins", input.coins.len(), 1..=MAX_COINS)?;
        constraint::each_within("coins", &input.coins, 1..=i32::MAX)?;
        if !(0..=MAX_AMOUNT).contains(&input.amount) {
            return Err(format!(
                "amount = {}; allowed 0..={MAX_AMOUNT}",
                input.amount
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.coins, input.amount))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_reference_agrees_with_the_search_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..5 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.coins.clone(), input.amount),
                    Problem::oracle(input)
                );
            }
        }
    }
}

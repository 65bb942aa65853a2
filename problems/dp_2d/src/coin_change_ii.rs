//! Coin Change II (LeetCode 518). Target: O(n·amount) time, O(amount) space: ways[a] counts the
//! combinations of the coins seen so far that pay a; adding coin c (any number of times) adds
//! ways[a - c], read after it already counts coin c. Coins on the outside make each combination
//! count once, whatever the order in which its coins are paid.

use std::collections::HashSet;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub amount: i32,
    pub coins: Vec<i32>,
}

pub struct Problem;

/// The reference: counts modulo 2^32 (wrapping). The promise bounds only the final answer: on the
/// way, the count for a smaller amount may be far larger (even coins and an odd amount: the answer
/// is 0, the counts for even amounts below it are astronomical). Addition modulo 2^32 is exact for
/// any final answer under 2^31.
pub fn reference(amount: i32, coins: Vec<i32>) -> i32 {
    let amount = amount as usize;
    let mut ways = vec![0u32; amount + 1];
    ways[0] = 1;
    for coin in coins {
        let coin = coin as usize;
        for a in coin..=amount {
            ways[a] = ways[a].wrapping_add(ways[a - coin]);
        }
    }
    ways[amount] as i32
}

const MAX_COINS: usize = 300;
const MAX_COIN: i32 = 5000;
const MAX_AMOUNT: i32 = 5000;
/// With coins 1 to 10, amount 214 has 2,080,153,818 combinations (215 would break the promise): a
/// recursion without a memo makes more calls than that.
const RECURSION_AMOUNT: usize = 214;

/// The exact number of combinations, or `u64::MAX` if it is at least that: with additions that
/// saturate, each count is min(true count, u64::MAX), since every term is non-negative.
fn ways_saturating(amount: i32, coins: &[i32]) -> u64 {
    let amount = amount as usize;
    let mut ways = vec![0u64; amount + 1];
    ways[0] = 1;
    for &coin in coins {
        for a in coin as usize..=amount {
            ways[a] = ways[a].saturating_add(ways[a - coin as usize]);
        }
    }
    ways[amount]
}

/// Small inputs: how many of the first coin, then how many of the next, and so on.
fn by_enumeration(amount: i32, coins: &[i32]) -> u64 {
    let Some((&coin, rest)) = coins.split_first() else {
        return u64::from(amount == 0);
    };
    (0..=amount / coin)
        .map(|count| by_enumeration(amount - count * coin, rest))
        .sum()
}

/// Stress sizes: one coin at a time, the table for the coins so far from the table before it,
/// summing over how many of the new coin are used (saturating, as in `ways_saturating`).
fn by_counts_of_each_coin(amount: i32, coins: &[i32]) -> u64 {
    let amount = amount as usize;
    let mut before = vec![0u64; amount + 1];
    before[0] = 1;
    for &coin in coins {
        let coin = coin as usize;
        let after: Vec<u64> = (0..=amount)
            .map(|a| {
                (0..=a / coin)
                    .map(|count| before[a - count * coin])
                    .fold(0u64, u64::saturating_add)
            })
            .collect();
        before = after;
    }
    before[amount]
}

/// `count` distinct coins drawn from `low..=MAX_COIN`, shuffled.
fn distinct_coins(gen: &mut Gen, count: usize, low: i32) -> Vec<i32> {
    let mut seen = HashSet::new();
    let mut coins = Vec::with_capacity(count);
    while coins.len() < count {
        let coin = gen.int(low.into(), MAX_COIN.into()) as i32;
        if seen.insert(coin) {
            coins.push(coin);
        }
    }
    coins
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["amount", "coins"];

    fn reference(input: Input) -> i32 {
        reference(input.amount, input.coins)
    }

    fn oracle(input: Input) -> i32 {
        let ways = if input.coins.len() <= 6 && input.amount <= 40 {
            by_enumeration(input.amount, &input.coins)
        } else {
            by_counts_of_each_coin(input.amount, &input.coins)
        };
        i32::try_from(ways).expect("validated: the answer fits in an i32")
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 5 distinct small coins and amounts up to 30 (0 included: one way, paying
        // nothing): many combinations, yet few enough for a recursion without a memo, which the
        // stress cases expose. Now and then a coin larger than the amount.
        let coin = prop_oneof![6 => 1..=8i32, 1 => 9..=MAX_COIN];
        (prop::collection::btree_set(coin, 1..=5), 0..=30i32)
            .prop_map(|(coins, amount)| Input {
                amount,
                coins: coins.into_iter().rev().collect(),
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped after 200 ms.
                name: "coins 1 to 10, amount 214: 2,080,153,818 ways (exposes a recursion without a memo)",
                max_n: RECURSION_AMOUNT,
                generate: |n, _| Input {
                    amount: n as i32,
                    coins: (1..=10).collect(),
                },
            },
            StressFamily {
                // The whole table is filled and the answer is 0, but the counts for the even
                // amounts below it pass 2^64: they must wrap (or be kept modulo), not panic.
                name: "300 even coins 2 to 600, odd amount 4999: 0 ways, huge counts on the way",
                max_n: MAX_AMOUNT as usize - 1,
                generate: |n, gen| {
                    let mut coins: Vec<i32> = (1..=MAX_COINS as i32).map(|c| 2 * c).collect();
                    for i in (1..coins.len()).rev() {
                        coins.swap(i, gen.index(i + 1));
                    }
                    Input {
                        amount: (n as i32) | 1,
                        coins,
                    }
                },
            },
            StressFamily {
                // Coins from amount / 20 up (250 at 5000) keep the answer around 10^7 to 10^8.
                name: "300 random coins from amount / 20 to 5000, amount 5000",
                max_n: MAX_AMOUNT as usize,
                generate: |n, gen| loop {
                    let coins = distinct_coins(gen, MAX_COINS, (n / 20).max(1) as i32);
                    if ways_saturating(n as i32, &coins) <= i32::MAX as u64 {
                        break Input {
                            amount: n as i32,
                            coins,
                        };
                    }
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("coins", input.coins.len(), 1..=MAX_COINS)?;
        constraint::each_within("coins", &input.coins, 1..=MAX_COIN)?;
        constraint::within("amount", input.amount, 0..=MAX_AMOUNT)?;
        let mut seen = HashSet::new();
        if let Some(twice) = input.coins.iter().find(|&&c| !seen.insert(c)) {
            return Err(format!(
                "coins holds {twice} twice; the values of coins are unique"
            ));
        }
        let ways = ways_saturating(input.amount, &input.coins);
        if ways > i32::MAX as u64 {
            let shown = if ways == u64::MAX {
                "at least 2^64 - 1".to_string()
            } else {
                ways.to_string()
            };
            return Err(format!(
                "amount = {} has {shown} combinations of these coins; LeetCode's tests keep the answer within a signed 32-bit integer",
                input.amount
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.amount, input.coins))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples_and_the_largest_answer() {
        assert_eq!(reference(5, vec![1, 2, 5]), 4);
        assert_eq!(reference(3, vec![2]), 0);
        assert_eq!(reference(10, vec![10]), 1);
        assert_eq!(reference(214, (1..=10).collect()), 2_080_153_818);
        assert_eq!(
            ways_saturating(214, &(1..=10).collect::<Vec<_>>()),
            2_080_153_818
        );
    }

    #[test]
    fn answers_beyond_the_promise_are_refused() {
        let input = Input {
            amount: 215,
            coins: (1..=10).collect(),
        };
        assert!(Problem::validate(&input)
            .unwrap_err()
            .contains("signed 32-bit"));
        let input = Input {
            amount: 5000,
            coins: (1..=300).collect(),
        };
        assert!(Problem::validate(&input)
            .unwrap_err()
            .contains("at least 2^64 - 1"));
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..2 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.amount, input.coins.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}

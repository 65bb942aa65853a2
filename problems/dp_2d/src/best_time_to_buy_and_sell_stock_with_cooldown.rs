//! Best Time to Buy and Sell Stock with Cooldown (LeetCode 309). Target: O(n) time, O(1) space: at
//! the end of each day you hold a share, have just sold one (so tomorrow is a cooldown), or are free
//! to buy; the best profit in each of the three states follows from the three of the day before.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub prices: Vec<i32>,
}

pub struct Problem;

/// The reference: the best profit so far when holding, when the share was sold today, and when
/// free (not holding, not sold today).
pub fn reference(prices: Vec<i32>) -> i32 {
    let (mut holding, mut sold, mut free) = (i32::MIN / 2, 0, 0);
    for price in prices {
        (holding, sold, free) = (holding.max(free - price), holding + price, free.max(sold));
    }
    sold.max(free)
}

const MAX_N: usize = 5000;
const MAX_PRICE: i32 = 1000;
/// Large enough that a recursion without a memo (buy, sell or wait on each day) is stopped at once.
const RECURSION_N: usize = 50;

/// Small inputs: every plan, day by day, with no memo. `holding` says whether a share is held and
/// `cooling` whether today is the day after a sale.
fn best_plan(prices: &[i32], holding: bool, cooling: bool) -> i32 {
    let Some((&price, rest)) = prices.split_first() else {
        return 0;
    };
    let wait = best_plan(rest, holding, false);
    if holding {
        wait.max(price + best_plan(rest, false, true))
    } else if cooling {
        wait
    } else {
        wait.max(best_plan(rest, true, false) - price)
    }
}

/// Stress sizes: `from[i]` is the best profit from day i on when free to buy on day i; either day
/// i is skipped, or a share bought on day i is sold on some day j, and day j + 2 is free again.
fn by_trade_pairs(prices: &[i32]) -> i32 {
    let n = prices.len();
    let mut from = vec![0i32; n + 2];
    for i in (0..n).rev() {
        let mut best = from[i + 1];
        for j in i + 1..n {
            best = best.max(prices[j] - prices[i] + from[j + 2]);
        }
        from[i] = best;
    }
    from[0]
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["prices"];

    fn reference(input: Input) -> i32 {
        reference(input.prices)
    }

    fn oracle(input: Input) -> i32 {
        if input.prices.len() <= 16 {
            best_plan(&input.prices, false, false)
        } else {
            by_trade_pairs(&input.prices)
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 14 days of prices from a few values, so that ties and short swings are common and
        // the cooldown often decides which swings can both be taken.
        let price = prop_oneof![4 => 0..=5i32, 1 => 0..=MAX_PRICE];
        prop::collection::vec(price, 1..=14)
            .prop_map(|prices| Input { prices })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // First, so that a recursion without a memo is stopped after 200 ms.
                name: "50 random prices (exposes a recursion without a memo)",
                max_n: RECURSION_N,
                generate: |n, gen| Input {
                    prices: gen.ints(n, 0, MAX_PRICE),
                },
            },
            StressFamily {
                name: "5000 random prices",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    prices: gen.ints(n, 0, MAX_PRICE),
                },
            },
            StressFamily {
                // Every other day is a peak: the cooldown forbids taking two swings in a row.
                name: "zigzag with random peaks and troughs, 5000 days",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    prices: (0..n)
                        .map(|day| {
                            if day % 2 == 0 {
                                gen.int(0, 300) as i32
                            } else {
                                gen.int(700, MAX_PRICE.into()) as i32
                            }
                        })
                        .collect(),
                },
            },
            StressFamily {
                // Prices only fall: nothing to gain, and every buy is a loss.
                name: "falling prices, 5000 days",
                max_n: MAX_N,
                generate: |n, _| Input {
                    prices: (0..n).map(|day| MAX_PRICE - (day / 5) as i32).collect(),
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("prices", input.prices.len(), 1..=MAX_N)?;
        constraint::each_within("prices", &input.prices, 0..=MAX_PRICE)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.prices))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![1, 2, 3, 0, 2]), 3);
        assert_eq!(reference(vec![1]), 0);
    }

    #[test]
    fn the_two_oracles_agree_on_small_inputs() {
        let mut gen = Gen::new(3);
        for _ in 0..2000 {
            let n = gen.int(1, 14) as usize;
            let prices = gen.ints(n, 0, 6);
            assert_eq!(
                best_plan(&prices, false, false),
                by_trade_pairs(&prices),
                "{prices:?}"
            );
        }
    }

    #[test]
    fn the_reference_agrees_with_the_oracle_at_stress_sizes() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(
                    reference(input.prices.clone()),
                    Problem::oracle(input),
                    "{}",
                    family.name
                );
            }
        }
    }
}

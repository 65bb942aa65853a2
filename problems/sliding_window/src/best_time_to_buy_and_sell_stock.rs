//! Best Time to Buy and Sell Stock (LeetCode 121). Target: O(n), one pass keeping the lowest
//! price seen so far.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub prices: Vec<i32>,
}

pub struct Problem;

/// The reference: the best sale on day `i` buys at the lowest price of the days before it.
pub fn reference(prices: Vec<i32>) -> i32 {
    let mut lowest = i32::MAX;
    let mut best = 0;
    for price in prices {
        lowest = lowest.min(price);
        best = best.max(price - lowest);
    }
    best
}

const MAX_N: usize = 100_000;
const MAX_PRICE: i32 = 10_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["prices"];

    fn reference(input: Input) -> i32 {
        reference(input.prices)
    }

    fn oracle(input: Input) -> i32 {
        // Every (buy, sell) pair with the sale after the purchase; not trading at all gives 0.
        let prices = &input.prices;
        let mut best = 0;
        for buy in 0..prices.len() {
            for sell in buy + 1..prices.len() {
                best = best.max(prices[sell] - prices[buy]);
            }
        }
        best
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small values make equal prices and falling runs (answer 0) common. The oracle tries every
        // pair of days: up to 400 days.
        (
            gen::size(1..=40, 400),
            prop_oneof![Just(3), Just(10), Just(MAX_PRICE)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(0..=bound, n))
            .prop_map(|prices| Input { prices })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "random prices",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    prices: gen.ints(n, 0, MAX_PRICE),
                },
            },
            StressFamily {
                // No profit anywhere: every pair must be tried by a brute force, O(n²).
                name: "falling prices (answer 0)",
                max_n: MAX_N,
                generate: |n, _| Input {
                    prices: (0..n)
                        .map(|i| MAX_PRICE - (i as i64 * i64::from(MAX_PRICE) / n as i64) as i32)
                        .collect(),
                },
            },
            StressFamily {
                // The cheapest day comes first and the dearest last, with noise in between.
                name: "rising with noise, best pair spans the whole array",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut prices: Vec<i32> = (0..n)
                        .map(|i| {
                            let trend = (i as i64 * i64::from(MAX_PRICE - 100) / n as i64) as i32;
                            trend + gen.int(1, 99) as i32
                        })
                        .collect();
                    prices[0] = 0;
                    prices[n - 1] = MAX_PRICE;
                    Input { prices }
                },
            },
            StressFamily {
                name: "all equal",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    prices: vec![gen.int(0, MAX_PRICE.into()) as i32; n],
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.prices.len();
        constraint::length("prices", n, 1..=MAX_N)?;
        constraint::each_within("prices", &input.prices, 0..=MAX_PRICE)?;
        Ok(())
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
}

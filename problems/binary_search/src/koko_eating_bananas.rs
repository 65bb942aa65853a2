//! Koko Eating Bananas (LeetCode 875). Target: O(n log max) time, O(1) space: binary search on the
//! eating speed, since the hours needed only go down as the speed goes up.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub piles: Vec<i32>,
    pub h: i32,
}

pub struct Problem;

/// Whether every pile can be finished within `h` hours at `speed` bananas per hour.
fn finishes(piles: &[i32], speed: u32, h: i32) -> bool {
    let mut hours: u64 = 0;
    for &pile in piles {
        hours += u64::from((pile as u32 - 1) / speed + 1);
        if hours > h as u64 {
            return false;
        }
    }
    true
}

/// The reference: the smallest speed in `1..=max(piles)` that finishes in time.
pub fn reference(piles: Vec<i32>, h: i32) -> i32 {
    let (mut lo, mut hi) = (1u32, piles.iter().copied().max().unwrap_or(1) as u32);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if finishes(&piles, mid, h) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo as i32
}

const MAX_N: usize = 10_000;
const MAX_PILE: i32 = 1_000_000_000;
const MAX_H: i32 = 1_000_000_000;

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["piles", "h"];

    fn reference(input: Input) -> i32 {
        reference(input.piles, input.h)
    }

    fn oracle(input: Input) -> i32 {
        // Every speed upwards, starting from the first that could possibly work: below
        // ceil(total / h), even h full hours of eating cannot cover all the bananas.
        let piles: Vec<u64> = input.piles.iter().map(|&p| p as u64).collect();
        let h = input.h as u64;
        let total: u64 = piles.iter().sum();
        (total.div_ceil(h)..)
            .find(|&speed| piles.iter().map(|p| p.div_ceil(speed)).sum::<u64>() <= h)
            .expect("the largest pile is always fast enough") as i32
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small piles, and an h from exactly one hour per pile up to enough for speed 1 (and beyond).
        // The oracle tries speeds upwards, each in O(n): up to 1000 piles.
        (
            gen::size(1..=40, 1000),
            prop_oneof![Just(4), Just(30), Just(1000)],
        )
            .prop_flat_map(|(n, bound)| prop::collection::vec(1..=bound, n))
            .prop_flat_map(|piles| {
                let n = piles.len() as i32;
                let total: i32 = piles.iter().sum();
                let h = prop_oneof![
                    4 => n..=total + 2,
                    1 => n..=n + 2,
                    1 => Just(MAX_H),
                ];
                (Just(piles), h)
            })
            .prop_map(|(piles, h)| Input { piles, h })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // One hour per pile: the speed must be the largest pile, close to 10^9. Trying every
                // speed from 1 upwards needs about 10^9 passes over the piles.
                name: "piles near 10^9, h = n",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    piles: gen.ints(n, MAX_PILE - 1000, MAX_PILE),
                    h: n as i32,
                },
            },
            StressFamily {
                // The answer is near n (about 10^4): trying speeds upwards makes ~10^4 passes.
                name: "piles near 10^9, h = 10^9",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    piles: gen.ints(n, MAX_PILE - 1000, MAX_PILE),
                    h: MAX_H,
                },
            },
            StressFamily {
                // Plenty of time: the answer is speed 1, the far end from the largest pile.
                name: "h = 10^9, the answer is speed 1",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    piles: gen.ints(n, 1, 100_000),
                    h: MAX_H,
                },
            },
            StressFamily {
                // h of at least 10^7 keeps the oracle (a scan upwards from total / h) quick.
                name: "random piles, random h",
                max_n: MAX_N,
                generate: |n, gen| Input {
                    piles: gen.ints(n, 1, MAX_PILE),
                    h: gen.int(10_000_000, MAX_H.into()) as i32,
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.piles.len();
        constraint::length("piles", n, 1..=MAX_N)?;
        constraint::each_within("piles", &input.piles, 1..=MAX_PILE)?;
        if !(n as i32..=MAX_H).contains(&input.h) {
            return Err(format!(
                "h = {}; allowed piles.length ({n})..={MAX_H}",
                input.h
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.piles, input.h))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);
}

//! Gas Station (LeetCode 134). Target: O(n) time, O(1) space: if the total gas covers the total
//! cost a start exists, and it is the station after the last point where the tank, counted from the
//! current candidate, went negative.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub gas: Vec<i32>,
    pub cost: Vec<i32>,
}

pub struct Problem;

/// The reference: a start that runs dry before station i cannot be helped by any station between
/// it and i, so the next candidate is i + 1 with an empty tank.
pub fn reference(gas: Vec<i32>, cost: Vec<i32>) -> i32 {
    let (mut total, mut tank, mut start) = (0i64, 0i64, 0usize);
    for i in 0..gas.len() {
        let gain = i64::from(gas[i] - cost[i]);
        total += gain;
        tank += gain;
        if tank < 0 {
            start = i + 1;
            tank = 0;
        }
    }
    if total < 0 {
        -1
    } else {
        start as i32
    }
}

const MAX_N: usize = 100_000;
const MAX_VALUE: i32 = 10_000;

/// Every station from which the whole circuit can be driven, in O(n): with prefix sums P of
/// gas - cost, start s works when no P[j] after it falls below P[s] and no P[j] before it falls
/// below P[s] - total (the part driven after wrapping around), and the total is not negative.
fn valid_starts(gas: &[i32], cost: &[i32]) -> Vec<usize> {
    let n = gas.len();
    let mut prefix = vec![0i64; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + i64::from(gas[i]) - i64::from(cost[i]);
    }
    let total = prefix[n];
    if total < 0 {
        return Vec::new();
    }
    let mut lowest_from = prefix.clone();
    for j in (0..n).rev() {
        lowest_from[j] = lowest_from[j].min(lowest_from[j + 1]);
    }
    let mut lowest_before = i64::MAX;
    let mut starts = Vec::new();
    for s in 0..n {
        if lowest_from[s] >= prefix[s] && lowest_before.saturating_add(total) >= prefix[s] {
            starts.push(s);
        }
        lowest_before = lowest_before.min(prefix[s]);
    }
    starts
}

/// Keeps LeetCode's promise that at most one station works: while two do, one more unit of cost at
/// a working station (or one less gas, when its cost is already the largest) lowers the total by
/// one, so the loop ends, at the latest when no station works.
fn at_most_one_start(mut gas: Vec<i32>, mut cost: Vec<i32>) -> Input {
    loop {
        let starts = valid_starts(&gas, &cost);
        if starts.len() <= 1 {
            return Input { gas, cost };
        }
        let t = starts[starts.len() - 1];
        if cost[t] < MAX_VALUE {
            cost[t] += 1;
        } else {
            gas[t] -= 1;
        }
    }
}

/// Every station gains 1 except a few at the end that drain it all back, rotated by one so the
/// only working start is the last station: a start anywhere else drives most of the circuit before
/// it runs dry, so trying each start in turn is quadratic.
fn long_drives(n: usize, gen: &mut Gen) -> Input {
    let drains = n.div_ceil(MAX_VALUE as usize + 1);
    let gains = n - drains;
    let mut gas = Vec::with_capacity(n);
    let mut cost = Vec::with_capacity(n);
    for _ in 0..gains {
        let c = gen.int(0, i64::from(MAX_VALUE) - 1) as i32;
        gas.push(c + 1);
        cost.push(c);
    }
    for d in 0..drains {
        // Shares of `gains` over the drains, each at most MAX_VALUE.
        let share = gains / drains + usize::from(d < gains % drains);
        gas.push(0);
        cost.push(share as i32);
    }
    gas.rotate_left(1);
    cost.rotate_left(1);
    Input { gas, cost }
}

/// Random stations whose gains add up to exactly `total`, spread over many stations.
fn random_with_total(n: usize, gen: &mut Gen, total: i64) -> Input {
    let mut gas = gen.ints(n, 0, MAX_VALUE);
    let cost = gen.ints(n, 0, MAX_VALUE);
    let mut excess = gas.iter().map(|&g| i64::from(g)).sum::<i64>()
        - cost.iter().map(|&c| i64::from(c)).sum::<i64>()
        - total;
    let mut i = 0;
    while excess != 0 {
        if excess > 0 {
            let take = excess.min(i64::from(gas[i])) as i32;
            gas[i] -= take;
            excess -= i64::from(take);
        } else {
            let give = (-excess).min(i64::from(MAX_VALUE - gas[i])) as i32;
            gas[i] += give;
            excess += i64::from(give);
        }
        i = (i + 1) % n;
    }
    Input { gas, cost }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["gas", "cost"];

    fn reference(input: Input) -> i32 {
        reference(input.gas, input.cost)
    }

    /// Small inputs: drive the circuit from every station. Large ones: the prefix-sum test of
    /// [`valid_starts`].
    fn oracle(input: Input) -> i32 {
        let n = input.gas.len();
        if n > 500 {
            return valid_starts(&input.gas, &input.cost)
                .first()
                .map_or(-1, |&s| s as i32);
        }
        for start in 0..n {
            let mut tank = 0i64;
            let completes = (0..n).all(|k| {
                let i = (start + k) % n;
                tank += i64::from(input.gas[i]) - i64::from(input.cost[i]);
                tank >= 0
            });
            if completes {
                return start as i32;
            }
        }
        -1
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Small amounts, so that the tank often runs exactly dry and totals sit near zero.
        (1..=10usize)
            .prop_flat_map(|n| {
                (
                    prop::collection::vec(0..=4i32, n),
                    prop::collection::vec(0..=4i32, n),
                )
            })
            .prop_map(|(gas, cost)| at_most_one_start(gas, cost))
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "only the last station works; every other drives most of the circuit",
                max_n: MAX_N,
                generate: |n, gen| long_drives(n, gen),
            },
            StressFamily {
                // A total of exactly 0: the one working start is the lowest prefix sum.
                name: "random stations, total gain 0",
                max_n: MAX_N,
                generate: |n, gen| {
                    let Input { gas, cost } = random_with_total(n, gen, 0);
                    at_most_one_start(gas, cost)
                },
            },
            StressFamily {
                name: "random stations, total gain -1 (no start)",
                max_n: MAX_N,
                generate: |n, gen| random_with_total(n, gen, -1),
            },
            StressFamily {
                name: "gas equals cost at every station but one short",
                max_n: MAX_N,
                generate: |n, gen| {
                    let gas = gen.ints(n, 1, MAX_VALUE);
                    let mut cost = gas.clone();
                    let short = gen.index(n);
                    cost[short] = gas[short] - 1;
                    at_most_one_start(gas, cost)
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::length("gas", input.gas.len(), 1..=MAX_N)?;
        if input.cost.len() != input.gas.len() {
            return Err(format!(
                "cost has {} values but gas has {}; LeetCode gives both the same length",
                input.cost.len(),
                input.gas.len()
            ));
        }
        constraint::each_within("gas", &input.gas, 0..=MAX_VALUE)?;
        constraint::each_within("cost", &input.cost, 0..=MAX_VALUE)?;
        let starts = valid_starts(&input.gas, &input.cost);
        if starts.len() > 1 {
            return Err(format!(
                "stations {} and {} both complete the circuit; LeetCode promises at most one does",
                starts[0], starts[1]
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<i32>, Vec<i32>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.gas, input.cost))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_tank_not_reset,
        "../../submissions/greedy/gas_station/wrong_tank_not_reset.rs"
    );
    submission!(
        wrong_biggest_surplus,
        "../../submissions/greedy/gas_station/wrong_biggest_surplus.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_tank_not_reset::Solution::can_complete_circuit(input.gas, input.cost)
            }),
            "wrong_tank_not_reset"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_biggest_surplus::Solution::can_complete_circuit(input.gas, input.cost)
            }),
            "wrong_biggest_surplus"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        assert_eq!(reference(vec![1, 2, 3, 4, 5], vec![3, 4, 5, 1, 2]), 3);
        assert_eq!(reference(vec![2, 3, 4], vec![3, 4, 3]), -1);
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_prefix_test() {
        for family in Problem::stress() {
            for seed in 0..3 {
                let input = (family.generate)(family.max_n, &mut Gen::new(seed));
                assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
                let Input { gas, cost } = input.clone();
                assert_eq!(reference(gas, cost), Problem::oracle(input));
            }
        }
        let long = long_drives(MAX_N, &mut Gen::new(1));
        assert_eq!(reference(long.gas, long.cost), MAX_N as i32 - 1);
    }

    #[test]
    fn the_prefix_test_agrees_with_driving_from_every_station() {
        let mut gen = Gen::new(5);
        for _ in 0..3000 {
            let n = gen.int(1, 9) as usize;
            let (gas, cost) = (gen.ints(n, 0, 4), gen.ints(n, 0, 4));
            let driven: Vec<usize> = (0..n)
                .filter(|&s| {
                    let mut tank = 0;
                    (0..n).all(|k| {
                        tank += gas[(s + k) % n] - cost[(s + k) % n];
                        tank >= 0
                    })
                })
                .collect();
            assert_eq!(valid_starts(&gas, &cost), driven);
        }
    }

    #[test]
    fn two_working_starts_are_named() {
        let why = Problem::validate(&Input {
            gas: vec![1, 1],
            cost: vec![0, 0],
        })
        .unwrap_err();
        assert!(why.contains("stations 0 and 1"), "{why}");
    }
}

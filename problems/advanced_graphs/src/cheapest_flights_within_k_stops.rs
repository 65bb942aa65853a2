//! Cheapest Flights Within K Stops (LeetCode 787). Target: O(k·E) with Bellman-Ford limited to
//! k + 1 rounds, each round relaxing from a copy of the previous round's prices so that a round
//! adds exactly one flight.

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
    pub flights: Vec<Vec<i32>>,
    pub src: i32,
    pub dst: i32,
    pub k: i32,
}

pub struct Problem;

/// The reference: after round r, `price[v]` is the cheapest way to v in at most r flights.
pub fn reference(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
    let mut price = vec![i32::MAX; n as usize];
    price[src as usize] = 0;
    for _ in 0..=k {
        let before = price.clone();
        for flight in &flights {
            let (from, to, cost) = (flight[0] as usize, flight[1] as usize, flight[2]);
            if before[from] != i32::MAX && before[from] + cost < price[to] {
                price[to] = before[from] + cost;
            }
        }
    }
    if price[dst as usize] == i32::MAX {
        -1
    } else {
        price[dst as usize]
    }
}

const MAX_CITIES: usize = 100;
const MAX_FLIGHTS: usize = MAX_CITIES * (MAX_CITIES - 1) / 2;
const MAX_PRICE: i32 = 10_000;

/// Flights i -> j for every i < j among cities 0..99 (as many as `flights` allows, short hops
/// first), priced (j - i)², so more stops are cheaper; city 99 is reached from 98 for 1 or from 0
/// for the most. The answer needs the full k = 30 stops, and the paths within k stops are
/// astronomically many.
fn cheap_hops(flights: usize) -> Input {
    let last = MAX_CITIES as i32 - 1;
    let mut list = vec![vec![0, last, MAX_PRICE], vec![last - 1, last, 1]];
    'outer: for gap in 1..last {
        for from in 0..last - gap {
            if list.len() >= flights.max(2) {
                break 'outer;
            }
            list.push(vec![from, from + gap, (gap * gap).min(MAX_PRICE)]);
        }
    }
    Input {
        n: MAX_CITIES as i32,
        flights: list,
        src: 0,
        dst: last,
        k: 30,
    }
}

/// `flights` random flights among 100 cities, each ordered pair at most once.
fn random_flights(flights: usize, gen: &mut Gen) -> Input {
    let n = MAX_CITIES;
    let mut used = vec![vec![false; n]; n];
    let mut list = Vec::with_capacity(flights);
    while list.len() < flights {
        let (from, to) = (gen.index(n), gen.index(n));
        if from != to && !used[from][to] {
            used[from][to] = true;
            list.push(vec![
                from as i32,
                to as i32,
                gen.int(1, i64::from(MAX_PRICE)) as i32,
            ]);
        }
    }
    let src = gen.index(n) as i32;
    let dst = ((src as usize + 1 + gen.index(n - 1)) % n) as i32;
    Input {
        n: n as i32,
        flights: list,
        src,
        dst,
        k: gen.int(0, n as i64 - 1) as i32,
    }
}

/// A line 0 -> 1 -> ... -> 99 of flights costing 1, listed in the line's order, and shortcuts
/// i -> i + 3 costing 5: within k = 40 stops only a mix reaches 99. Relaxing in place walks the
/// whole line in one round.
fn line_with_shortcuts(flights: usize) -> Input {
    let n = MAX_CITIES as i32;
    let mut list: Vec<Vec<i32>> = (0..n - 1).map(|i| vec![i, i + 1, 1]).collect();
    list.extend((0..n - 3).map(|i| vec![i, i + 3, 5]));
    list.truncate(flights.max(1));
    Input {
        n,
        flights: list,
        src: 0,
        dst: n - 1,
        k: 40,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["n", "flights", "src", "dst", "k"];

    fn reference(input: Input) -> i32 {
        reference(input.n, input.flights, input.src, input.dst, input.k)
    }

    /// A table by exact number of flights: `exact[e][v]` is the cheapest way to v in exactly e
    /// flights, pulled from v's incoming flights; the answer is the least over e in 1..=k+1.
    fn oracle(input: Input) -> i32 {
        let n = input.n as usize;
        let mut incoming = vec![Vec::new(); n];
        for flight in &input.flights {
            incoming[flight[1] as usize].push((flight[0] as usize, i64::from(flight[2])));
        }
        let none = i64::MAX / 4;
        let mut exact = vec![none; n];
        exact[input.src as usize] = 0;
        let mut best = none;
        for _ in 0..=input.k {
            exact = (0..n)
                .map(|v| {
                    incoming[v]
                        .iter()
                        .map(|&(u, cost)| exact[u] + cost)
                        .min()
                        .unwrap_or(none)
                        .min(none)
                })
                .collect();
            best = best.min(exact[input.dst as usize]);
        }
        if best >= none {
            -1
        } else {
            best as i32
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 cities and prices up to 9, so that more stops are often cheaper and k decides.
        // Half the cases hold a line of cheap flights from src to dst under random others: a
        // city reached cheaply over many stops must not block a dearer route with fewer.
        let random = (2..=6usize)
            .prop_flat_map(|cities| {
                let pairs: Vec<(i32, i32)> = (0..cities as i32)
                    .flat_map(|u| (0..cities as i32).map(move |v| (u, v)))
                    .filter(|(u, v)| u != v)
                    .collect();
                let most = cities * (cities - 1) / 2;
                (
                    Just(cities),
                    prop::sample::subsequence(pairs, 0..=most),
                    prop::collection::vec(1..=9i32, most),
                    0..cities as i32,
                    1..cities as i32,
                    0..cities as i32,
                )
            })
            .prop_map(|(cities, pairs, prices, src, step, k)| Input {
                n: cities as i32,
                flights: pairs
                    .into_iter()
                    .zip(prices)
                    .map(|((u, v), price)| vec![u, v, price])
                    .collect(),
                src,
                dst: (src + step) % cities as i32,
                k,
            });
        let line = (3..=6usize)
            .prop_flat_map(|cities| {
                let others: Vec<(i32, i32)> = (0..cities as i32)
                    .flat_map(|u| (0..cities as i32).map(move |v| (u, v)))
                    .filter(|&(u, v)| u != v && v != u + 1)
                    .collect();
                let room = cities * (cities - 1) / 2 - (cities - 1);
                (
                    Just(cities),
                    prop::sample::subsequence(others, 0..=room),
                    prop::collection::vec(1..=9i32, room),
                    0..cities as i32 - 1,
                )
            })
            .prop_map(|(cities, others, prices, k)| {
                let mut flights: Vec<Vec<i32>> =
                    (0..cities as i32 - 1).map(|i| vec![i, i + 1, 1]).collect();
                flights.extend(
                    others
                        .into_iter()
                        .zip(prices)
                        .map(|((u, v), price)| vec![u, v, price]),
                );
                Input {
                    n: cities as i32,
                    flights,
                    src: 0,
                    dst: cities as i32 - 1,
                    k,
                }
            });
        prop_oneof![random, line].boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "every forward flight among 99 cities, more stops cheaper, k = 30",
                max_n: MAX_FLIGHTS,
                generate: |n, _| cheap_hops(n),
            },
            StressFamily {
                name: "100 cities, 4950 random flights, random k",
                max_n: MAX_FLIGHTS,
                generate: |n, gen| random_flights(n, gen),
            },
            StressFamily {
                name: "a line of cheap flights in order with shortcuts, k = 40",
                max_n: 2 * MAX_CITIES - 5,
                generate: |n, _| line_with_shortcuts(n),
            },
            StressFamily {
                name: "100 cities, 4950 random flights, none into dst",
                max_n: MAX_FLIGHTS,
                generate: |n, gen| {
                    let mut input = random_flights(n, gen);
                    let dst = input.dst;
                    input.flights.retain(|flight| flight[1] != dst);
                    input
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=MAX_CITIES as i32)?;
        let n = input.n as usize;
        constraint::length("flights", input.flights.len(), 0..=n * (n - 1) / 2)?;
        constraint::within("src", input.src, 0..=input.n - 1)?;
        constraint::within("dst", input.dst, 0..=input.n - 1)?;
        constraint::within("k", input.k, 0..=input.n - 1)?;
        if input.src == input.dst {
            return Err(format!(
                "src and dst are both {}; LeetCode has src != dst",
                input.src
            ));
        }
        let mut seen = vec![vec![None; n]; n];
        for (i, flight) in input.flights.iter().enumerate() {
            if flight.len() != 3 {
                return Err(format!(
                    "flights[{i}] has {} values; each flight is [from, to, price]",
                    flight.len()
                ));
            }
            constraint::within(
                &format!("flights[{i}][0] (from)"),
                flight[0],
                0..=input.n - 1,
            )?;
            constraint::within(&format!("flights[{i}][1] (to)"), flight[1], 0..=input.n - 1)?;
            constraint::within(
                &format!("flights[{i}][2] (price)"),
                flight[2],
                1..=MAX_PRICE,
            )?;
            if flight[0] == flight[1] {
                return Err(format!(
                    "flights[{i}] = {flight:?} flies from city {} to itself; LeetCode has from != to",
                    flight[0]
                ));
            }
            let slot = &mut seen[flight[0] as usize][flight[1] as usize];
            if let Some(first) = *slot {
                return Err(format!(
                    "flights[{first}] and flights[{i}] both fly from {} to {}; LeetCode has no multiple flights between two cities",
                    flight[0], flight[1]
                ));
            }
            *slot = Some(i);
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<Vec<i32>>, i32, i32, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| {
        solve(input.n, input.flights, input.src, input.dst, input.k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_relaxes_in_place,
        "../../submissions/advanced_graphs/cheapest_flights_within_k_stops/wrong_relaxes_in_place.rs"
    );
    submission!(
        wrong_dijkstra_visits_once,
        "../../submissions/advanced_graphs/cheapest_flights_within_k_stops/wrong_dijkstra_visits_once.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|i: Input| {
                wrong_relaxes_in_place::Solution::find_cheapest_price(
                    i.n, i.flights, i.src, i.dst, i.k,
                )
            }),
            "wrong_relaxes_in_place"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|i: Input| {
                wrong_dijkstra_visits_once::Solution::find_cheapest_price(
                    i.n, i.flights, i.src, i.dst, i.k,
                )
            }),
            "wrong_dijkstra_visits_once"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let flights = vec![
            vec![0, 1, 100],
            vec![1, 2, 100],
            vec![2, 0, 100],
            vec![1, 3, 600],
            vec![2, 3, 200],
        ];
        assert_eq!(reference(4, flights, 0, 3, 1), 700);
        let flights = vec![vec![0, 1, 100], vec![1, 2, 100], vec![0, 2, 500]];
        assert_eq!(reference(3, flights.clone(), 0, 2, 1), 200);
        assert_eq!(reference(3, flights, 0, 2, 0), 500);
    }

    #[test]
    fn stress_inputs_agree_with_the_exact_flights_table() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(4));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            let i = input.clone();
            assert_eq!(
                reference(i.n, i.flights, i.src, i.dst, i.k),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
        let line = line_with_shortcuts(2 * MAX_CITIES - 5);
        // 40 stops: 41 flights cover 99 steps with s shortcuts of 3 and 41 - s single hops.
        assert_eq!(reference(line.n, line.flights, 0, 99, 40), 29 * 5 + 12);
    }
}

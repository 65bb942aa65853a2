//! Network Delay Time (LeetCode 743). Target: O(E log V) with Dijkstra's algorithm on a binary
//! heap: the signal reaches every node along its shortest path, and the answer is the largest of
//! those times (-1 when a node is never reached).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub times: Vec<Vec<i32>>,
    pub n: i32,
    pub k: i32,
}

pub struct Problem;

/// The reference: Dijkstra with a min-heap of (time, node), skipping entries made stale by a later
/// improvement.
pub fn reference(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
    let n = n as usize;
    let mut adjacency = vec![Vec::new(); n + 1];
    for edge in &times {
        adjacency[edge[0] as usize].push((edge[1] as usize, edge[2]));
    }
    let mut best = vec![i32::MAX; n + 1];
    best[k as usize] = 0;
    let mut heap = BinaryHeap::from([Reverse((0, k as usize))]);
    while let Some(Reverse((time, node))) = heap.pop() {
        if time > best[node] {
            continue;
        }
        for &(next, weight) in &adjacency[node] {
            let arrival = time + weight;
            if arrival < best[next] {
                best[next] = arrival;
                heap.push(Reverse((arrival, next)));
            }
        }
    }
    let slowest = best[1..].iter().copied().max().unwrap_or(0);
    if slowest == i32::MAX {
        -1
    } else {
        slowest
    }
}

const MAX_NODES: usize = 100;
const MAX_EDGES: usize = 6000;
const MAX_WEIGHT: i32 = 100;

/// `edges` distinct directed edges on `nodes` nodes (at most nodes·(nodes-1)), random weights, the
/// first ones a random tree out of `k` when `spanning` so that every node is reached.
fn random_graph(nodes: usize, edges: usize, spanning: bool, gen: &mut Gen) -> Input {
    let edges = edges.min(nodes * (nodes - 1));
    let k = gen.int(1, nodes as i64) as usize;
    let mut used = vec![vec![false; nodes + 1]; nodes + 1];
    let mut times = Vec::with_capacity(edges);
    if spanning {
        let mut order: Vec<usize> = (1..=nodes).filter(|&v| v != k).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, gen.index(i + 1));
        }
        let mut placed = vec![k];
        for v in order {
            let u = placed[gen.index(placed.len())];
            if times.len() < edges {
                used[u][v] = true;
                times.push(vec![
                    u as i32,
                    v as i32,
                    gen.int(0, i64::from(MAX_WEIGHT)) as i32,
                ]);
            }
            placed.push(v);
        }
    }
    while times.len() < edges {
        let (u, v) = (
            gen.int(1, nodes as i64) as usize,
            gen.int(1, nodes as i64) as usize,
        );
        if u != v && !used[u][v] {
            used[u][v] = true;
            times.push(vec![
                u as i32,
                v as i32,
                gen.int(0, i64::from(MAX_WEIGHT)) as i32,
            ]);
        }
    }
    Input {
        times,
        n: nodes as i32,
        k: k as i32,
    }
}

/// Nodes 1..=100 in a line from k = 1 with edges of weight 1 to the next node, and from every node
/// heavy edges to the nodes after it, listed farthest first and the line's edges last, in reverse.
/// Every node is first reached late and improved many times over; Bellman-Ford with early exit
/// needs all of its rounds, and a search of every path explores exponentially many.
fn heavy_shortcuts(edges: usize) -> Input {
    let nodes = MAX_NODES;
    let mut times = Vec::with_capacity(edges);
    'outer: for gap in (2..nodes).rev() {
        for u in 1..=nodes - gap {
            if times.len() + (nodes - 1) >= edges {
                break 'outer;
            }
            let weight = (gap as i32 * 2).min(MAX_WEIGHT);
            times.push(vec![u as i32, (u + gap) as i32, weight]);
        }
    }
    for u in (1..nodes).rev() {
        if times.len() < edges {
            times.push(vec![u as i32, u as i32 + 1, 1]);
        }
    }
    Input {
        times,
        n: nodes as i32,
        k: 1,
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["times", "n", "k"];

    fn reference(input: Input) -> i32 {
        reference(input.times, input.n, input.k)
    }

    /// Floyd-Warshall over all pairs: every node's shortest time from k, with no heap and no order
    /// of processing to get wrong.
    fn oracle(input: Input) -> i32 {
        let n = input.n as usize;
        let unreachable = i64::MAX / 4;
        let mut distance = vec![vec![unreachable; n]; n];
        for (v, row) in distance.iter_mut().enumerate() {
            row[v] = 0;
        }
        for edge in &input.times {
            let (u, v) = (edge[0] as usize - 1, edge[1] as usize - 1);
            distance[u][v] = distance[u][v].min(i64::from(edge[2]));
        }
        for via in 0..n {
            for u in 0..n {
                for v in 0..n {
                    let through = distance[u][via] + distance[via][v];
                    if through < distance[u][v] {
                        distance[u][v] = through;
                    }
                }
            }
        }
        let slowest = *distance[input.k as usize - 1].iter().max().unwrap_or(&0);
        if slowest >= unreachable {
            -1
        } else {
            slowest as i32
        }
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Up to 6 nodes and small weights, so that a longer path is often faster than a direct
        // edge, several nodes tie, and some nodes are cut off.
        (1..=6usize)
            .prop_flat_map(|nodes| {
                let pairs: Vec<(i32, i32)> = (1..=nodes as i32)
                    .flat_map(|u| (1..=nodes as i32).map(move |v| (u, v)))
                    .filter(|(u, v)| u != v)
                    .collect();
                let count = pairs.len();
                (
                    Just(nodes),
                    prop::sample::subsequence(pairs, 0..=count),
                    prop::collection::vec(0..=6i32, count),
                    1..=nodes as i32,
                )
            })
            .prop_filter("LeetCode gives at least one edge", |(_, pairs, _, _)| {
                !pairs.is_empty()
            })
            .prop_map(|(nodes, pairs, weights, k)| Input {
                times: pairs
                    .into_iter()
                    .zip(weights)
                    .map(|((u, v), w)| vec![u, v, w])
                    .collect(),
                n: nodes as i32,
                k,
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "100 nodes, 6000 random edges, every node reached",
                max_n: MAX_EDGES,
                generate: |n, gen| random_graph(MAX_NODES, n, true, gen),
            },
            StressFamily {
                // Each node is first reached by a heavy shortcut, then improved again and again.
                name: "a line of weight-1 edges under heavy shortcuts, listed farthest first",
                max_n: MAX_EDGES,
                generate: |n, _| heavy_shortcuts(n),
            },
            StressFamily {
                name: "100 nodes, 6000 random edges, some nodes never reached",
                max_n: MAX_EDGES,
                generate: |n, gen| {
                    let mut input = random_graph(MAX_NODES, n, false, gen);
                    let cut = (input.k % MAX_NODES as i32) + 1;
                    input.times.retain(|edge| edge[1] != cut);
                    if input.times.is_empty() {
                        input.times.push(vec![cut, input.k, 0]);
                    }
                    input
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=MAX_NODES as i32)?;
        constraint::within("k", input.k, 1..=input.n)?;
        constraint::length("times", input.times.len(), 1..=MAX_EDGES)?;
        let n = input.n as usize;
        let mut seen = vec![vec![None; n + 1]; n + 1];
        for (i, edge) in input.times.iter().enumerate() {
            if edge.len() != 3 {
                return Err(format!(
                    "times[{i}] has {} values; each edge is [u, v, w]",
                    edge.len()
                ));
            }
            constraint::within(&format!("times[{i}][0] (u)"), edge[0], 1..=input.n)?;
            constraint::within(&format!("times[{i}][1] (v)"), edge[1], 1..=input.n)?;
            constraint::within(&format!("times[{i}][2] (w)"), edge[2], 0..=MAX_WEIGHT)?;
            if edge[0] == edge[1] {
                return Err(format!(
                    "times[{i}] = {edge:?} goes from node {} to itself; LeetCode has u != v",
                    edge[0]
                ));
            }
            let slot = &mut seen[edge[0] as usize][edge[1] as usize];
            if let Some(first) = *slot {
                return Err(format!(
                    "times[{first}] and times[{i}] both go from {} to {}; LeetCode's pairs (u, v) are unique",
                    edge[0], edge[1]
                ));
            }
            *slot = Some(i);
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>, i32, i32) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.times, input.n, input.k))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_sum_of_times,
        "../../submissions/advanced_graphs/network_delay_time/wrong_sum_of_times.rs"
    );
    submission!(
        wrong_ignores_unreached,
        "../../submissions/advanced_graphs/network_delay_time/wrong_ignores_unreached.rs"
    );

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_sum_of_times::Solution::network_delay_time(input.times, input.n, input.k)
            }),
            "wrong_sum_of_times"
        );
        assert!(
            crate::strategy_refutes::<Problem>(|input: Input| {
                wrong_ignores_unreached::Solution::network_delay_time(input.times, input.n, input.k)
            }),
            "wrong_ignores_unreached"
        );
    }

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_examples() {
        let times = vec![vec![2, 1, 1], vec![2, 3, 1], vec![3, 4, 1]];
        assert_eq!(reference(times, 4, 2), 2);
        assert_eq!(reference(vec![vec![1, 2, 1]], 2, 1), 1);
        assert_eq!(reference(vec![vec![1, 2, 1]], 2, 2), -1);
    }

    #[test]
    fn stress_inputs_agree_with_floyd_warshall() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(3));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            let Input { times, n, k } = input.clone();
            assert_eq!(
                reference(times, n, k),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
        let line = heavy_shortcuts(MAX_EDGES);
        assert_eq!(reference(line.times, line.n, line.k), 99);
    }

    #[test]
    fn a_repeated_pair_is_named() {
        let why = Problem::validate(&Input {
            times: vec![vec![1, 2, 1], vec![1, 2, 3]],
            n: 2,
            k: 1,
        })
        .unwrap_err();
        assert!(why.contains("times[0] and times[1]"), "{why}");
    }
}

//! Number of Connected Components in an Undirected Graph (LeetCode 323, premium; lintcode 3651).
//! Target: O(V + E) time, O(V) space: union-find, one fewer component for every edge that joins
//! two sets (or one search from each node not yet reached).

use crate::edges::{check_pairs, component_labels, permutation, shuffle, Dsu};
use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
    pub edges: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: n components to start with, one fewer for each edge that joins two sets.
pub fn reference(n: i32, edges: Vec<Vec<i32>>) -> i32 {
    let mut sets = Dsu::new(n as usize);
    let joined = edges
        .iter()
        .filter(|edge| sets.union(edge[0] as usize, edge[1] as usize))
        .count();
    n - joined as i32
}

const MAX_N: usize = 2000;
const MAX_EDGES: usize = 5000;

/// The edges on nodes `0..n`, each written smaller end first as LeetCode gives them; relabelled
/// at random when `labels` is given, in the order given.
fn input(n: usize, edges: &[[usize; 2]], labels: Option<&[i32]>) -> Input {
    let name = |v: usize| labels.map_or(v as i32, |l| l[v]);
    Input {
        n: n as i32,
        edges: edges
            .iter()
            .map(|&[a, b]| {
                let (a, b) = (name(a), name(b));
                vec![a.min(b), a.max(b)]
            })
            .collect(),
    }
}

/// `count` distinct random edges among the nodes `pool`.
fn random_edges(pool: &[usize], count: usize, gen: &mut Gen) -> Vec<[usize; 2]> {
    let k = pool.len();
    let count = count.min(k * k.saturating_sub(1) / 2);
    let mut seen = std::collections::HashSet::new();
    let mut edges = Vec::with_capacity(count);
    while edges.len() < count {
        let (a, b) = (pool[gen.index(k)], pool[gen.index(k)]);
        if a != b && seen.insert((a.min(b), a.max(b))) {
            edges.push([a, b]);
        }
    }
    edges
}

/// Union-find that hangs one end's root under the other's without compressing paths walks a
/// chain n deep here: edges `[0,1], [0,2], ...` (or, `mirrored`, `[n-2,n-1], [n-3,n-1], ...`)
/// build it, and then 5000 edges in all between nodes at its deep end walk it again and again.
fn deep_chain(n: usize, mirrored: bool, gen: &mut Gen) -> Input {
    let n = n.max(2);
    let mut edges: Vec<[usize; 2]> = if mirrored {
        (0..n.saturating_sub(1)).rev().map(|v| [v, n - 1]).collect()
    } else {
        (1..n).map(|v| [0, v]).collect()
    };
    let deep: Vec<usize> = if mirrored {
        (n.saturating_sub(80)..n.saturating_sub(1)).collect()
    } else {
        (1..n.min(81)).collect()
    };
    let rest = (MAX_EDGES * n / MAX_N).saturating_sub(edges.len());
    let have: std::collections::HashSet<[usize; 2]> = edges.iter().copied().collect();
    edges.extend(
        random_edges(&deep, rest, gen)
            .into_iter()
            .map(|[a, b]| [a.min(b), a.max(b)])
            .filter(|e| !have.contains(e)),
    );
    input(n, &edges, None)
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = i32;
    const PARAMETERS: &'static [&'static str] = &["n", "edges"];

    fn reference(input: Input) -> i32 {
        reference(input.n, input.edges)
    }

    /// Breadth-first search from every node not yet labelled: one label per component.
    fn oracle(input: Input) -> i32 {
        let labels = component_labels(input.n as usize, &input.edges);
        labels.iter().max().map_or(0, |&l| l as i32 + 1)
    }

    fn strategy() -> BoxedStrategy<Input> {
        // Few edges on few nodes: several components, often with a cycle inside one.
        (2..=8usize, 1..=8usize, any::<u64>())
            .prop_map(|(n, count, seed)| {
                let mut gen = Gen::new(seed);
                let pool: Vec<usize> = (0..n).collect();
                let edges = random_edges(&pool, count, &mut gen);
                input(n, &edges, None)
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "a chain built from node 0's edges, then 5000 edges among its deep end",
                max_n: MAX_N,
                generate: |n, gen| deep_chain(n, false, gen),
            },
            StressFamily {
                name: "the same chain mirrored, built from node n - 1's edges",
                max_n: MAX_N,
                generate: |n, gen| deep_chain(n, true, gen),
            },
            StressFamily {
                // A recursive search goes n calls deep.
                name: "one path through every node, in random order",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let mut edges: Vec<[usize; 2]> = (1..n).map(|v| [v - 1, v]).collect();
                    shuffle(&mut edges, gen);
                    input(n, &edges, Some(&permutation(n, gen)))
                },
            },
            StressFamily {
                name: "5000 random edges",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let pool: Vec<usize> = (0..n).collect();
                    let edges = random_edges(&pool, MAX_EDGES * n / MAX_N, gen);
                    input(n, &edges, None)
                },
            },
            StressFamily {
                name: "many small components: 1000 separate edges",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(2);
                    let edges: Vec<[usize; 2]> = (0..n / 2).map(|i| [2 * i, 2 * i + 1]).collect();
                    input(n, &edges, Some(&permutation(n, gen)))
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=MAX_N as i32)?;
        constraint::length("edges", input.edges.len(), 1..=MAX_EDGES)?;
        check_pairs("edges", &input.edges, input.n, true, true)?;
        if let Some(i) = input.edges.iter().position(|e| e[0] > e[1]) {
            return Err(format!(
                "edges[{i}] = [{},{}]; LeetCode writes each edge smaller end first (ai <= bi)",
                input.edges[i][0], input.edges[i][1]
            ));
        }
        Ok(())
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<Vec<i32>>) -> i32) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n, input.edges))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_counts_every_edge,
        "../../submissions/graphs/number_of_connected_components_in_an_undirected_graph/wrong_counts_every_edge.rs"
    );
    submission!(
        wrong_one_way_edges,
        "../../submissions/graphs/number_of_connected_components_in_an_undirected_graph/wrong_one_way_edges.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_counts_every_edge::Solution::count_components(input.n, input.edges)
        }));
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_one_way_edges::Solution::count_components(input.n, input.edges)
        }));
    }

    #[test]
    fn the_examples_and_the_stress_inputs() {
        assert_eq!(reference(5, vec![vec![0, 1], vec![1, 2], vec![3, 4]]), 2);
        assert_eq!(
            reference(5, vec![vec![0, 1], vec![1, 2], vec![2, 3], vec![3, 4]]),
            1
        );
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(5));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                reference(input.n, input.edges.clone()),
                Problem::oracle(input)
            );
        }
    }
}

//! Graph Valid Tree (LeetCode 261, premium; lintcode 178). Target: O(V + E) time, O(V) space: a
//! graph is a tree when it has exactly n - 1 edges and none of them closes a cycle, which
//! union-find tells edge by edge.

use crate::edges::{check_pairs, permutation, random_tree, relabel, shuffle, Dsu};
use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub n: i32,
    pub edges: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: n - 1 edges, and union-find never sees an edge inside one set (with n - 1
/// edges and no cycle, the graph is also connected).
pub fn reference(n: i32, edges: Vec<Vec<i32>>) -> bool {
    let n = n as usize;
    if edges.len() != n - 1 {
        return false;
    }
    let mut sets = Dsu::new(n);
    edges
        .iter()
        .all(|edge| sets.union(edge[0] as usize, edge[1] as usize))
}

const MAX_N: usize = 2000;
const MAX_EDGES: usize = 5000;

/// The edges, relabelled at random, in random order, each end first as often as not.
fn scrambled(n: usize, mut edges: Vec<[usize; 2]>, gen: &mut Gen) -> Input {
    shuffle(&mut edges, gen);
    relabelled(n, edges, gen)
}

/// The edges in their order, relabelled at random, each end first as often as not.
fn relabelled(n: usize, mut edges: Vec<[usize; 2]>, gen: &mut Gen) -> Input {
    for edge in &mut edges {
        if gen.chance(1, 2) {
            edge.swap(0, 1);
        }
    }
    Input {
        n: n as i32,
        edges: relabel(&edges, &permutation(n, gen)),
    }
}

/// A random pair of distinct nodes not yet joined, if there is one.
fn new_edge(n: usize, edges: &[[usize; 2]], gen: &mut Gen) -> Option<[usize; 2]> {
    if edges.len() >= n * n.saturating_sub(1) / 2 {
        return None;
    }
    loop {
        let (a, b) = (gen.index(n), gen.index(n));
        if a != b && !edges.iter().any(|e| *e == [a, b] || *e == [b, a]) {
            return Some([a, b]);
        }
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = bool;
    const PARAMETERS: &'static [&'static str] = &["n", "edges"];

    fn reference(input: Input) -> bool {
        reference(input.n, input.edges)
    }

    /// The definition: connected (one component, by breadth-first search) and without a cycle
    /// (a connected graph on n nodes has none exactly when it has n - 1 edges).
    fn oracle(input: Input) -> bool {
        let n = input.n as usize;
        let labels = crate::edges::component_labels(n, &input.edges);
        labels.iter().all(|&l| l == 0) && input.edges.len() == n - 1
    }

    fn strategy() -> BoxedStrategy<Input> {
        // A random tree, then as it is, one edge short, one edge over, or one edge moved (n - 1
        // edges that are not a tree when the new edge lands inside one part).
        (1..=8usize, 0..4u8, any::<u64>())
            .prop_map(|(n, change, seed)| {
                let mut gen = Gen::new(seed);
                let mut edges = random_tree(n, &mut gen);
                if change & 1 == 1 && !edges.is_empty() {
                    edges.remove(gen.index(edges.len()));
                }
                if change & 2 == 2 {
                    edges.extend(new_edge(n, &edges, &mut gen));
                }
                scrambled(n, edges, &mut gen)
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // A recursive search goes n calls deep.
                name: "a path through every node",
                max_n: MAX_N,
                generate: |n, gen| scrambled(n, (1..n).map(|v| [v - 1, v]).collect(), gen),
            },
            StressFamily {
                // Edges [0,1], [0,2], ...: union-find that always hangs the first end's root under
                // the second's, without compressing paths, builds a chain n deep.
                name: "a star, its centre 0 first in every edge",
                max_n: MAX_N,
                generate: |n, _| Input {
                    n: n as i32,
                    edges: (1..n as i32).map(|v| vec![0, v]).collect(),
                },
            },
            StressFamily {
                name: "n - 1 edges: a cycle through half the nodes, a path through the rest",
                max_n: MAX_N,
                generate: |n, gen| {
                    let half = (n / 2).max(3).min(n);
                    let mut edges: Vec<[usize; 2]> = (1..half).map(|v| [v - 1, v]).collect();
                    if half >= 3 {
                        edges.push([half - 1, 0]);
                    }
                    edges.extend((half + 1..n).map(|v| [v - 1, v]));
                    scrambled(n, edges, gen)
                },
            },
            StressFamily {
                // n - 1 edges: a random tree over all nodes but one, and a last edge that closes
                // a cycle (union-find meets it last; the lone node is never reached).
                name: "n - 1 edges, the last one closing a cycle",
                max_n: MAX_N,
                generate: |n, gen| {
                    let mut edges = random_tree(n.saturating_sub(1), gen);
                    shuffle(&mut edges, gen);
                    if n >= 4 {
                        edges.extend(new_edge(n - 1, &edges, gen));
                    }
                    relabelled(n, edges, gen)
                },
            },
            StressFamily {
                name: "5000 random edges",
                max_n: MAX_N,
                generate: |n, gen| {
                    let target = (MAX_EDGES * n / MAX_N).min(n * (n - 1) / 2);
                    let mut seen = std::collections::HashSet::new();
                    let mut edges = Vec::new();
                    while edges.len() < target {
                        let (a, b) = (gen.index(n), gen.index(n));
                        if a != b && seen.insert((a.min(b), a.max(b))) {
                            edges.push([a, b]);
                        }
                    }
                    scrambled(n, edges, gen)
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        constraint::within("n", input.n, 1..=MAX_N as i32)?;
        constraint::length("edges", input.edges.len(), 0..=MAX_EDGES)?;
        check_pairs("edges", &input.edges, input.n, true, true)
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(i32, Vec<Vec<i32>>) -> bool) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.n, input.edges))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_no_connectivity_check,
        "../../submissions/graphs/graph_valid_tree/wrong_no_connectivity_check.rs"
    );
    submission!(
        wrong_connected_only,
        "../../submissions/graphs/graph_valid_tree/wrong_connected_only.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_no_connectivity_check::Solution::valid_tree(input.n, input.edges)
        }));
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_connected_only::Solution::valid_tree(input.n, input.edges)
        }));
    }

    #[test]
    fn the_examples_and_the_stress_answers() {
        assert!(reference(
            5,
            vec![vec![0, 1], vec![0, 2], vec![0, 3], vec![1, 4]]
        ));
        assert!(!reference(
            5,
            vec![vec![0, 1], vec![1, 2], vec![2, 3], vec![1, 3], vec![1, 4]]
        ));
        for (family, want) in Problem::stress()
            .iter()
            .zip([true, true, false, false, false])
        {
            let input = (family.generate)(family.max_n, &mut Gen::new(4));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(reference(input.n, input.edges.clone()), want);
            assert_eq!(Problem::oracle(input), want, "{}", family.name);
        }
    }
}

//! Redundant Connection (LeetCode 684). Target: O(n α(n)) time, O(n) space: union-find over the
//! edges in input order; the first edge whose ends are already joined closes the only cycle, and
//! it is the cycle's last edge in the input, the one LeetCode asks for.

use crate::edges::{check_pairs, permutation, random_tree, shuffle, Dsu};
use judge_engine::prelude::*;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub edges: Vec<Vec<i32>>,
}

pub struct Problem;

/// The reference: union-find in input order; the first edge inside one set is the answer.
pub fn reference(edges: Vec<Vec<i32>>) -> Vec<i32> {
    let mut sets = Dsu::new(edges.len() + 1);
    edges
        .into_iter()
        .find(|edge| !sets.union(edge[0] as usize, edge[1] as usize))
        .unwrap_or_default()
}

const MAX_N: usize = 1000;

/// Whether the edges other than `skip` join all `n` nodes (1..=n).
fn connected_without(edges: &[Vec<i32>], skip: usize) -> bool {
    let n = edges.len();
    let mut adjacent = vec![Vec::new(); n + 1];
    for (i, edge) in edges.iter().enumerate() {
        if i != skip {
            adjacent[edge[0] as usize].push(edge[1] as usize);
            adjacent[edge[1] as usize].push(edge[0] as usize);
        }
    }
    let mut seen = vec![false; n + 1];
    let mut stack = vec![1];
    seen[1] = true;
    let mut count = 1;
    while let Some(v) = stack.pop() {
        for &w in &adjacent[v] {
            if !seen[w] {
                seen[w] = true;
                count += 1;
                stack.push(w);
            }
        }
    }
    count == n
}

/// Edges on nodes `0..n` as the input: relabelled `1..=n` at random, smaller end first, in the
/// order given.
fn input(n: usize, edges: &[[usize; 2]], gen: &mut Gen) -> Input {
    let labels = permutation(n, gen);
    Input {
        edges: edges
            .iter()
            .map(|&[a, b]| {
                let (a, b) = (labels[a] + 1, labels[b] + 1);
                vec![a.min(b), a.max(b)]
            })
            .collect(),
    }
}

/// A random pair of distinct nodes not yet joined.
fn new_edge(n: usize, edges: &[[usize; 2]], gen: &mut Gen) -> [usize; 2] {
    loop {
        let (a, b) = (gen.index(n), gen.index(n));
        if a != b && !edges.iter().any(|e| *e == [a, b] || *e == [b, a]) {
            return [a, b];
        }
    }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<i32>;
    const PARAMETERS: &'static [&'static str] = &["edges"];

    fn reference(input: Input) -> Vec<i32> {
        reference(input.edges)
    }

    /// The problem as stated: from the last edge back, the first whose removal leaves the graph
    /// connected (n - 1 edges that connect n nodes form a tree).
    fn oracle(input: Input) -> Vec<i32> {
        (0..input.edges.len())
            .rev()
            .find(|&i| connected_without(&input.edges, i))
            .map(|i| input.edges[i].clone())
            .unwrap_or_default()
    }

    fn strategy() -> BoxedStrategy<Input> {
        (3..=8usize, any::<u64>())
            .prop_map(|(n, seed)| {
                let mut gen = Gen::new(seed);
                let mut edges = random_tree(n, &mut gen);
                let extra = new_edge(n, &edges, &mut gen);
                edges.push(extra);
                shuffle(&mut edges, &mut gen);
                input(n, &edges, &mut gen)
            })
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                // Union-find meets the cycle only at the very end.
                name: "one cycle through every node, closed by the last edge",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(3);
                    let mut edges: Vec<[usize; 2]> = (1..n).map(|v| [v - 1, v]).collect();
                    shuffle(&mut edges, gen);
                    edges.push([n - 1, 0]);
                    input(n, &edges, gen)
                },
            },
            StressFamily {
                // Trying edges from the last one back removes and searches half the edges.
                name: "a cycle through half the nodes, all its edges first in the input",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(3);
                    let half = (n / 2).max(3);
                    let mut edges: Vec<[usize; 2]> = (1..half).map(|v| [v - 1, v]).collect();
                    edges.push([half - 1, 0]);
                    shuffle(&mut edges, gen);
                    let mut rest: Vec<[usize; 2]> = (half..n).map(|v| [gen.index(v), v]).collect();
                    shuffle(&mut rest, gen);
                    edges.extend(rest);
                    input(n, &edges, gen)
                },
            },
            StressFamily {
                // Edges [1,2], [1,3], ... in order: union-find without compression that hangs the
                // first end's root under the second's builds a chain n deep.
                name: "a star around node 1 in order, and one edge between two leaves",
                max_n: MAX_N,
                generate: |n, _| {
                    let n = n.max(3);
                    let mut edges: Vec<Vec<i32>> = (2..=n as i32).map(|v| vec![1, v]).collect();
                    edges.push(vec![2, 3]);
                    Input { edges }
                },
            },
            StressFamily {
                name: "a random tree and one random edge, in random order",
                max_n: MAX_N,
                generate: |n, gen| {
                    let n = n.max(3);
                    let mut edges = random_tree(n, gen);
                    edges.push(new_edge(n, &edges, gen));
                    shuffle(&mut edges, gen);
                    input(n, &edges, gen)
                },
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.edges.len();
        constraint::length("edges", n, 3..=MAX_N)?;
        // Nodes 1..=n: checked as 0..=n, with 0 ruled out below.
        check_pairs("edges", &input.edges, n as i32 + 1, true, true)?;
        for (i, edge) in input.edges.iter().enumerate() {
            if edge[0] == 0 || edge[1] == 0 || edge[0] > edge[1] {
                return Err(format!(
                    "edges[{i}] = [{},{}]; LeetCode writes each edge as 1 <= ai < bi <= {n}",
                    edge[0], edge[1]
                ));
            }
        }
        if !connected_without(&input.edges, usize::MAX) {
            return Err("the graph is not connected; LeetCode's is a tree plus one edge".into());
        }
        Ok(())
    }

    fn check(input: &Input, expected: &Vec<i32>, got: &Vec<i32>) -> Checked {
        if got == expected {
            return Ok(());
        }
        let at = |edge: &Vec<i32>| input.edges.iter().position(|e| e == edge);
        let wanted = at(expected).unwrap_or(0);
        Err(match at(got) {
            None if got.is_empty() => format!(
                "[] is never the answer: a tree plus one edge always has a cycle; the answer is {expected:?}, edges[{wanted}]"
            ),
            None => format!(
                "{got:?} is not an edge of the input (edges are written smaller end first); the answer is {expected:?}, edges[{wanted}]"
            ),
            Some(i) if connected_without(&input.edges, i) => format!(
                "removing {got:?} (edges[{i}]) does leave a tree, but so does removing {expected:?}, edges[{wanted}], which comes later in the input: return the last such edge"
            ),
            Some(i) => format!(
                "removing {got:?} (edges[{i}]) would cut the graph in two: it is not on the cycle; the answer is {expected:?}, edges[{wanted}]"
            ),
        })
    }
}

/// The harness's entry point for this problem.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<i32>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.edges))
}

#[cfg(test)]
mod tests {
    use super::*;

    submission!(
        wrong_scan_from_the_back,
        "../../submissions/graphs/redundant_connection/wrong_scan_from_the_back.rs"
    );
    submission!(
        wrong_links_ends_not_roots,
        "../../submissions/graphs/redundant_connection/wrong_links_ends_not_roots.rs"
    );

    judge_engine::standard_tests!(Problem);

    #[test]
    fn the_random_cases_alone_catch_the_wrong_submissions() {
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_scan_from_the_back::Solution::find_redundant_connection(input.edges)
        }));
        assert!(crate::strategy_refutes::<Problem>(|input: Input| {
            wrong_links_ends_not_roots::Solution::find_redundant_connection(input.edges)
        }));
    }

    #[test]
    fn the_examples_and_the_messages() {
        let square = vec![vec![1, 2], vec![2, 3], vec![3, 4], vec![1, 4], vec![1, 5]];
        assert_eq!(reference(square.clone()), vec![1, 4]);
        let input = Input { edges: square };
        let why = Problem::check(&input, &vec![1, 4], &vec![1, 2]).unwrap_err();
        assert!(why.contains("comes later"), "{why}");
        let why = Problem::check(&input, &vec![1, 4], &vec![1, 5]).unwrap_err();
        assert!(why.contains("not on the cycle"), "{why}");
        let why = Problem::check(&input, &vec![1, 4], &vec![4, 1]).unwrap_err();
        assert!(why.contains("not an edge"), "{why}");
    }

    #[test]
    fn stress_inputs_are_valid_and_agree_with_the_oracle() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(6));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(
                reference(input.edges.clone()),
                Problem::oracle(input),
                "{}",
                family.name
            );
        }
    }
}

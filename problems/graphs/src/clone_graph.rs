//! Clone Graph (LeetCode 133). Target: O(V + E) time and O(V) extra space: a search over the
//! graph with a map from each original node to its copy, made the first time the node is met.
//!
//! LeetCode has no Rust template for this problem, so the judge gives it its own: `GraphNode`, a
//! node held by `Rc<RefCell<..>>` with `val` and `neighbors` (the name `Node` is the random-pointer
//! list's here). Graphs are written as LeetCode writes them, an adjacency list `[[2,4],[1,3],..]`
//! whose entry i holds the values of node i + 1's neighbours. The judge checks that the input is
//! left as it was, that the copy reaches none of its nodes and has each value once, and unlinks both
//! graphs afterwards (every edge is a cycle of `Rc`s that would otherwise never be freed).

use crate::edges::shuffle;
use judge_engine::nodes::shared::{self, Graph};
use judge_engine::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub adj_list: Vec<Vec<i32>>,
}

pub struct Problem;

/// The method, with the judge's signature: breadth first, each node's copy made when the node is
/// first met (keyed by its address), and each copy's neighbours pushed in the original's order.
pub fn clone_graph(node: Graph) -> Graph {
    let start = node?;
    let fresh =
        |node: &Rc<RefCell<GraphNode>>| Rc::new(RefCell::new(GraphNode::new(node.borrow().val)));
    let mut copies: HashMap<*const RefCell<GraphNode>, Rc<RefCell<GraphNode>>> = HashMap::new();
    copies.insert(Rc::as_ptr(&start), fresh(&start));
    let mut queue = VecDeque::from([Rc::clone(&start)]);
    while let Some(original) = queue.pop_front() {
        let copy = Rc::clone(&copies[&Rc::as_ptr(&original)]);
        for next in &original.borrow().neighbors {
            let twin = copies.entry(Rc::as_ptr(next)).or_insert_with(|| {
                queue.push_back(Rc::clone(next));
                fresh(next)
            });
            copy.borrow_mut().neighbors.push(Rc::clone(twin));
        }
    }
    let first = Rc::clone(&copies[&Rc::as_ptr(&start)]);
    Some(first)
}

/// The reference as the judge calls it: the graph built, cloned, checked and read back, both
/// graphs unlinked afterwards (the learner's code pays the same in the solution binary's glue).
pub fn reference(adj_list: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let (node, keep) = shared::graph(adj_list);
    shared::cloned(clone_graph(node), &keep, "clone_graph")
}

const MAX_NODES: usize = 100;

/// A connected graph on `1..=n`: a random tree and `extra` more random edges, each node's
/// neighbours in random order.
fn connected(n: usize, extra: usize, gen: &mut Gen) -> Input {
    let mut edges: Vec<(usize, usize)> = (1..n).map(|v| (gen.index(v), v)).collect();
    let mut present: std::collections::HashSet<(usize, usize)> =
        edges.iter().map(|&(a, b)| (a.min(b), a.max(b))).collect();
    let target = (edges.len() + extra).min(n * n.saturating_sub(1) / 2);
    while edges.len() < target {
        let (a, b) = (gen.index(n), gen.index(n));
        if a != b && present.insert((a.min(b), a.max(b))) {
            edges.push((a, b));
        }
    }
    from_edges(n, &edges, gen)
}

/// The adjacency list of `edges` on nodes `0..n` (written `1..=n`), each list shuffled.
fn from_edges(n: usize, edges: &[(usize, usize)], gen: &mut Gen) -> Input {
    let mut adj_list = vec![Vec::new(); n];
    for &(a, b) in edges {
        adj_list[a].push(b as i32 + 1);
        adj_list[b].push(a as i32 + 1);
    }
    for list in &mut adj_list {
        shuffle(list, gen);
    }
    Input { adj_list }
}

impl FunctionProblem for Problem {
    type Input = Input;
    type Output = Vec<Vec<i32>>;
    const PARAMETERS: &'static [&'static str] = &["adj_list"];

    fn reference(input: Input) -> Self::Output {
        reference(input.adj_list)
    }

    /// A faithful copy reads exactly as the original does.
    fn oracle(input: Input) -> Self::Output {
        input.adj_list
    }

    fn strategy() -> BoxedStrategy<Input> {
        (0..=7usize, 0..=8usize, any::<u64>())
            .prop_map(|(n, extra, seed)| connected(n, extra, &mut Gen::new(seed)))
            .boxed()
    }

    fn stress() -> Vec<StressFamily<Input>> {
        vec![
            StressFamily {
                name: "complete: 100 nodes, every pair joined (4950 edges)",
                max_n: MAX_NODES,
                generate: |n, gen| connected(n, n * n, gen),
            },
            StressFamily {
                // A recursive search goes 100 calls deep.
                name: "a path from node 1 through all 100 nodes",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let edges: Vec<(usize, usize)> = (1..n).map(|v| (v - 1, v)).collect();
                    from_edges(n, &edges, gen)
                },
            },
            StressFamily {
                name: "a cycle through all 100 nodes",
                max_n: MAX_NODES,
                generate: |n, gen| {
                    let mut edges: Vec<(usize, usize)> = (1..n).map(|v| (v - 1, v)).collect();
                    if n >= 3 {
                        edges.push((n - 1, 0));
                    }
                    from_edges(n, &edges, gen)
                },
            },
            StressFamily {
                name: "a random connected graph, 100 nodes and 1000 edges",
                max_n: MAX_NODES,
                generate: |n, gen| connected(n, 9 * n, gen),
            },
        ]
    }

    fn validate(input: &Input) -> Result<(), String> {
        let n = input.adj_list.len();
        constraint::length("adj_list", n, 0..=MAX_NODES)?;
        let mut joined = std::collections::HashSet::new();
        for (i, list) in input.adj_list.iter().enumerate() {
            let v = i as i32 + 1;
            for &w in list {
                if !(1..=n as i32).contains(&w) {
                    return Err(format!(
                        "node {v} lists neighbour {w}; the nodes are 1..={n}"
                    ));
                }
                if w == v {
                    return Err(format!("node {v} lists itself; there are no self-loops"));
                }
                if !joined.insert((v, w)) {
                    return Err(format!("node {v} lists neighbour {w} twice"));
                }
            }
        }
        if let Some(&(v, w)) = joined.iter().find(|&&(v, w)| !joined.contains(&(w, v))) {
            return Err(format!(
                "node {v} lists {w} but node {w} does not list {v}; the graph is undirected"
            ));
        }
        let mut reached = vec![false; n];
        let mut stack = Vec::new();
        if n > 0 {
            reached[0] = true;
            stack.push(0);
        }
        while let Some(v) = stack.pop() {
            for &w in &input.adj_list[v] {
                let w = w as usize - 1;
                if !std::mem::replace(&mut reached[w], true) {
                    stack.push(w);
                }
            }
        }
        if let Some(lone) = reached.iter().position(|&r| !r) {
            return Err(format!(
                "node {} cannot be reached from node 1; the graph is connected",
                lone + 1
            ));
        }
        Ok(())
    }

    /// The same adjacency list; a difference is named by the node whose neighbours differ.
    fn check(_input: &Input, expected: &Vec<Vec<i32>>, got: &Vec<Vec<i32>>) -> Checked {
        if got.is_empty() && !expected.is_empty() {
            return Err(format!(
                "the copy is empty (None), but the graph has {} nodes",
                expected.len()
            ));
        }
        if !expected.is_empty() && got.is_empty() {
            return Err("the graph is empty, so the copy is None".into());
        }
        match (0..expected.len().max(got.len())).find(|&i| expected.get(i) != got.get(i)) {
            None => Ok(()),
            Some(i) => {
                let empty = Vec::new();
                let (want, have) = (
                    expected.get(i).unwrap_or(&empty),
                    got.get(i).unwrap_or(&empty),
                );
                Err(format!(
                    "node {}'s neighbours in the copy are {have:?}, in the input {want:?}; the copy must have the same neighbours in the same order{}",
                    i + 1,
                    if have.is_empty() && !want.is_empty() {
                        " (is the node reached in the copy?)"
                    } else {
                        ""
                    }
                ))
            }
        }
    }
}

/// The harness's entry point: the glue builds the learner's `GraphNode`s, calls `clone_graph`,
/// checks the input and the copy, and answers with the copy's adjacency list.
pub fn judge(solve: fn(Vec<Vec<i32>>) -> Vec<Vec<i32>>) -> ! {
    judge_engine::judge::<Problem>(&|input: Input| solve(input.adj_list))
}

#[cfg(test)]
mod tests {
    use super::*;

    judge_engine::standard_tests!(Problem);

    #[test]
    fn examples_and_the_checks() {
        let square = vec![vec![2, 4], vec![1, 3], vec![2, 4], vec![1, 3]];
        assert_eq!(reference(square.clone()), square);
        assert_eq!(reference(vec![vec![]]), vec![Vec::<i32>::new()]);
        assert_eq!(reference(vec![]), Vec::<Vec<i32>>::new());
        // Handing back the input is caught.
        let (node, keep) = shared::graph(square.clone());
        let same = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            shared::cloned(node, &keep, "clone_graph")
        }));
        assert!(same.is_err());
        // A copy with a neighbour missing is named by its node.
        let why = Problem::check(
            &Input {
                adj_list: square.clone(),
            },
            &square,
            &vec![vec![2, 4], vec![1, 3], vec![2], vec![1, 3]],
        )
        .unwrap_err();
        assert!(why.starts_with("node 3's neighbours"), "{why}");
    }

    #[test]
    fn stress_inputs_are_valid_and_copied() {
        for family in Problem::stress() {
            let input = (family.generate)(family.max_n, &mut Gen::new(7));
            assert_eq!(Problem::validate(&input), Ok(()), "{}", family.name);
            assert_eq!(reference(input.adj_list.clone()), input.adj_list);
        }
    }
}

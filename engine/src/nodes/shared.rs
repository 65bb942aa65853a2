//! Nodes that are shared (`Rc<RefCell<..>>`), the judge's own types for the problems LeetCode gives
//! no Rust template: a list that may loop back on itself (`SharedListNode`, linked-list-cycle), a
//! list with random pointers (`Node`, copy-list-with-random-pointer) and a graph (`GraphNode`,
//! clone-graph). A [`Keep`] owns every node the judge built and unlinks them all when it goes, so a
//! cycle is broken after the call, nothing leaks past the memory cap, and no drop recurses down a
//! 10^4-node chain.
//!
//! This file is compiled twice: here, on the judge's types, and in the solution binary, where the
//! glue includes its text in the module that converts the learner's nodes (whose parent module
//! sees the learner's `Node`, `SharedListNode` and `GraphNode`). The reference and the learner's code pay the
//! same for building, checking and reading.

use super::{GraphNode, Node, SharedListNode};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// A list that may loop back, as the judge's signature has it.
pub type Shared = Option<Rc<RefCell<SharedListNode>>>;
/// A list with random pointers, as the judge's signature has it.
pub type Random = Option<Rc<RefCell<Node>>>;
/// A graph, given by one of its nodes, as the judge's signature has it.
pub type Graph = Option<Rc<RefCell<GraphNode>>>;

/// Every node of a list (or graph) the judge built, in order, with what it was built from.
pub struct Keep<T: Unlink, E = (i32, Option<i32>)> {
    pub nodes: Vec<Rc<RefCell<T>>>,
    /// Each node's value and random pointer (`None` for the lists without one), as built; for a
    /// graph, each node's neighbours' values.
    pub entries: Vec<E>,
}

/// Cutting a node's links, so that dropping it reaches no other node.
pub trait Unlink {
    fn unlink(&mut self);
}

impl Unlink for SharedListNode {
    fn unlink(&mut self) {
        self.next = None;
    }
}

impl Unlink for Node {
    fn unlink(&mut self) {
        self.next = None;
        self.random = None;
    }
}

impl Unlink for GraphNode {
    fn unlink(&mut self) {
        self.neighbors = Vec::new();
    }
}

impl<T: Unlink, E> Drop for Keep<T, E> {
    fn drop(&mut self) {
        for node in &self.nodes {
            if let Ok(mut node) = node.try_borrow_mut() {
                node.unlink();
            }
        }
    }
}

/// The list of `values` whose last node links back to node `pos` (-1: it ends), and its keeper.
pub fn cycle_list((values, pos): (Vec<i32>, i32)) -> (Shared, Keep<SharedListNode>) {
    let nodes: Vec<Rc<RefCell<SharedListNode>>> = values
        .iter()
        .map(|&val| Rc::new(RefCell::new(SharedListNode { val, next: None })))
        .collect();
    for pair in nodes.windows(2) {
        pair[0].borrow_mut().next = Some(Rc::clone(&pair[1]));
    }
    if let (Some(last), Ok(pos)) = (nodes.last(), usize::try_from(pos)) {
        last.borrow_mut().next = nodes.get(pos).cloned();
    }
    let head = nodes.first().cloned();
    let entries = values.into_iter().map(|val| (val, None)).collect();
    (head, Keep { nodes, entries })
}

/// LeetCode's `[[val, random_index], ...]` as a list of `Node`s, and its keeper.
pub fn random_list(entries: Vec<(i32, Option<i32>)>) -> (Random, Keep<Node>) {
    let nodes: Vec<Rc<RefCell<Node>>> = entries
        .iter()
        .map(|&(val, _)| {
            Rc::new(RefCell::new(Node {
                val,
                next: None,
                random: None,
            }))
        })
        .collect();
    for (i, &(_, random)) in entries.iter().enumerate() {
        let mut node = nodes[i].borrow_mut();
        node.next = nodes.get(i + 1).cloned();
        node.random = random.and_then(|r| nodes.get(usize::try_from(r).ok()?).cloned());
    }
    let head = nodes.first().cloned();
    (head, Keep { nodes, entries })
}

/// The copy `answer` of the list `original` keeps, in LeetCode's form. Checks, panicking with what
/// broke, that the original is as it was built (values, `next` and `random`), that the copy shares
/// no node with it, that the copy's `next` pointers end, and that its `random` pointers stay inside
/// the copy. The copy is unlinked as it is read.
pub fn copied(answer: Random, original: &Keep<Node>, method: &str) -> Vec<(i32, Option<i32>)> {
    let index: HashMap<*const RefCell<Node>, usize> = original
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (Rc::as_ptr(node), i))
        .collect();
    for (i, node) in original.nodes.iter().enumerate() {
        let node = node.borrow();
        let next = node
            .next
            .as_ref()
            .map(|n| index.get(&Rc::as_ptr(n)).copied());
        let random = node
            .random
            .as_ref()
            .map(|r| index.get(&Rc::as_ptr(r)).copied());
        let (val, want_random) = original.entries[i];
        let want_next = (i + 1 < original.nodes.len()).then_some(Some(i + 1));
        let want_random = want_random.map(|r| Some(r as usize));
        if node.val != val || next != want_next || random != want_random {
            panic!("{method} must leave the original list as it was, but node {i} of the original changed (its value, next or random)");
        }
    }
    let mut copy: Vec<Rc<RefCell<Node>>> = Vec::new();
    let mut position: HashMap<*const RefCell<Node>, usize> = HashMap::new();
    let mut cursor = answer;
    while let Some(node) = cursor {
        if let Some(&j) = index.get(&Rc::as_ptr(&node)) {
            panic!("{method} must return new nodes, but node {} of the copy is node {j} of the original", copy.len());
        }
        if position.insert(Rc::as_ptr(&node), copy.len()).is_some() {
            panic!(
                "the copy's next pointers loop back to its node {}",
                position[&Rc::as_ptr(&node)]
            );
        }
        cursor = node.borrow().next.clone();
        copy.push(node);
    }
    let mut out = Vec::with_capacity(copy.len());
    for (i, node) in copy.iter().enumerate() {
        let random = node.borrow().random.clone();
        let random = match random {
            None => None,
            Some(target) => match position.get(&Rc::as_ptr(&target)) {
                Some(&j) => Some(j as i32),
                None if index.contains_key(&Rc::as_ptr(&target)) => panic!(
                    "{method} must return a copy whose random pointers point into the copy, but node {i}'s points into the original"
                ),
                None => panic!("node {i}'s random pointer points to a node that is not in the copy"),
            },
        };
        out.push((node.borrow().val, random));
    }
    drop(Keep {
        nodes: copy,
        entries: Vec::<(i32, Option<i32>)>::new(),
    });
    out
}

/// LeetCode's adjacency list (`adjacency[i]` the values of node `i + 1`'s neighbours, in order) as
/// `GraphNode`s with values `1..=n`, node 1 first, and its keeper.
pub fn graph(adjacency: Vec<Vec<i32>>) -> (Graph, Keep<GraphNode, Vec<i32>>) {
    let nodes: Vec<Rc<RefCell<GraphNode>>> = (1..=adjacency.len() as i32)
        .map(|val| {
            Rc::new(RefCell::new(GraphNode {
                val,
                neighbors: Vec::new(),
            }))
        })
        .collect();
    for (node, list) in nodes.iter().zip(&adjacency) {
        node.borrow_mut().neighbors = list
            .iter()
            .filter_map(|&v| nodes.get(usize::try_from(v - 1).ok()?).cloned())
            .collect();
    }
    let first = nodes.first().cloned();
    (
        first,
        Keep {
            nodes,
            entries: adjacency,
        },
    )
}

/// The copy `answer` of the graph `original` keeps, in LeetCode's form: for each value `1..=n`
/// (n the input's size; none for an empty copy), the values of that node's neighbours in order
/// (`[]` for a value the copy lacks). Checks, panicking with what broke, that the original is as it was built,
/// that no node reached from the copy is a node of the original, and that no two nodes of the copy
/// share a value. The copy is unlinked as it is read.
pub fn cloned(answer: Graph, original: &Keep<GraphNode, Vec<i32>>, method: &str) -> Vec<Vec<i32>> {
    let index: HashMap<*const RefCell<GraphNode>, usize> = original
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| (Rc::as_ptr(node), i))
        .collect();
    for (i, node) in original.nodes.iter().enumerate() {
        let node = node.borrow();
        let neighbours: Vec<Option<i32>> = node
            .neighbors
            .iter()
            .map(|n| index.get(&Rc::as_ptr(n)).map(|&j| j as i32 + 1))
            .collect();
        let built: Vec<Option<i32>> = original.entries[i].iter().map(|&v| Some(v)).collect();
        if node.val != i as i32 + 1 || neighbours != built {
            panic!("{method} must leave the input graph as it was, but node {} of the input changed (its value or its neighbours)", i + 1);
        }
    }
    let mut copy: Vec<Rc<RefCell<GraphNode>>> = answer.into_iter().collect();
    let mut seen: HashSet<*const RefCell<GraphNode>> = copy.iter().map(Rc::as_ptr).collect();
    let mut at = 0;
    while at < copy.len() {
        let node = Rc::clone(&copy[at]);
        if index.contains_key(&Rc::as_ptr(&node)) {
            panic!(
                "{method} must return new nodes, but the copy reaches node {} of the input graph",
                node.borrow().val
            );
        }
        for next in &node.borrow().neighbors {
            if seen.insert(Rc::as_ptr(next)) {
                copy.push(Rc::clone(next));
            }
        }
        at += 1;
    }
    let size = if copy.is_empty() {
        0
    } else {
        original.nodes.len()
    };
    let mut out = vec![Vec::new(); size];
    let mut filled = vec![false; out.len()];
    for node in &copy {
        let node = node.borrow();
        let Some(slot) = usize::try_from(node.val - 1)
            .ok()
            .filter(|&s| s < out.len())
        else {
            panic!(
                "the copy has a node with value {}; the input's values are 1..={}",
                node.val,
                original.nodes.len()
            );
        };
        if std::mem::replace(&mut filled[slot], true) {
            panic!(
                "the copy has two nodes with value {}; each node of the input must be copied once",
                node.val
            );
        }
        out[slot] = node.neighbors.iter().map(|n| n.borrow().val).collect();
    }
    drop(Keep {
        nodes: copy,
        entries: Vec::<Vec<i32>>::new(),
    });
    out
}

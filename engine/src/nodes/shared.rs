//! Lists whose nodes are shared (`Rc<RefCell<..>>`), the judge's own types for the two Linked List
//! problems LeetCode gives no Rust template: a list that may loop back on itself
//! (`SharedListNode`, linked-list-cycle) and a list with random pointers (`Node`,
//! copy-list-with-random-pointer). A [`Keep`] owns every node the judge built and unlinks them all
//! when it goes, so a cycle is broken after the call, nothing leaks past the memory cap, and no drop
//! recurses down a 10^4-node chain.
//!
//! This file is compiled twice: here, on the judge's types, and in the solution binary, where the
//! glue includes its text in the module that converts the learner's nodes (whose parent module
//! sees the learner's `Node` and `SharedListNode`). The reference and the learner's code pay the
//! same for building, checking and reading.

use super::{Node, SharedListNode};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A list that may loop back, as the judge's signature has it.
pub type Shared = Option<Rc<RefCell<SharedListNode>>>;
/// A list with random pointers, as the judge's signature has it.
pub type Random = Option<Rc<RefCell<Node>>>;

/// Every node of a list the judge built, in list order, with what it was built from.
pub struct Keep<T: Unlink> {
    pub nodes: Vec<Rc<RefCell<T>>>,
    /// Each node's value and random pointer (`None` for the lists without one), as built.
    pub entries: Vec<(i32, Option<i32>)>,
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

impl<T: Unlink> Drop for Keep<T> {
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
        entries: Vec::new(),
    });
    out
}

//! The judge's own node types for the two Linked List problems LeetCode gives no Rust template
//! (linked-list-cycle, copy-list-with-random-pointer): `judge new` adds this file when one of them
//! is scaffolded, and `judge run` gives your file the same definitions.

use std::cell::RefCell;
use std::rc::Rc;

/// The judge's own type for linked-list-cycle (LeetCode has no Rust template for it): a list node
/// that can be shared (`Rc`), so that a list can loop back on itself. Its `Debug` shows the value
/// only (a derived one would never end on a cycle).
pub struct SharedListNode {
    pub val: i32,
    pub next: Option<Rc<RefCell<SharedListNode>>>,
}

impl SharedListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        SharedListNode { val, next: None }
    }
}

impl std::fmt::Debug for SharedListNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SharedListNode {{ val: {}, .. }}", self.val)
    }
}

/// The judge's own type for copy-list-with-random-pointer (LeetCode has no Rust template for it;
/// its other languages call the class `Node`): a list node with a second pointer to any node of
/// the list, or to none. Its `Debug` shows the value only.
pub struct Node {
    pub val: i32,
    pub next: Option<Rc<RefCell<Node>>>,
    pub random: Option<Rc<RefCell<Node>>>,
}

impl Node {
    #[inline]
    pub fn new(val: i32) -> Self {
        Node {
            val,
            next: None,
            random: None,
        }
    }
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Node {{ val: {}, .. }}", self.val)
    }
}

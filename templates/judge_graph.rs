//! The judge's own node type for clone-graph, which has no Rust template on LeetCode: `judge new`
//! adds this file when it is scaffolded, and `judge run` gives your file the same definition.

use std::cell::RefCell;
use std::rc::Rc;

/// The judge's own type for clone-graph (LeetCode has no Rust template for it; its other languages
/// call the class `Node`, a name this judge gives the random-pointer list): a graph node whose
/// neighbours are shared (`Rc`), so that edges run both ways. Its `Debug` shows the value only.
pub struct GraphNode {
    pub val: i32,
    pub neighbors: Vec<Rc<RefCell<GraphNode>>>,
}

impl GraphNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        GraphNode {
            val,
            neighbors: Vec::new(),
        }
    }
}

impl std::fmt::Debug for GraphNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "GraphNode {{ val: {}, .. }}", self.val)
    }
}

/// A list node that can be shared (`Rc`), so that a list can loop back on itself: the judge's own
/// type for linked-list-cycle, which has no Rust template on LeetCode. Its `Debug` shows the value
/// only (a derived one would never end on a cycle).
pub struct SharedListNode {
    pub val: i32,
    pub next: Option<::std::rc::Rc<::std::cell::RefCell<SharedListNode>>>,
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

/// A list node with a second pointer to any node of the list, or to none: the judge's own type
/// for copy-list-with-random-pointer, which has no Rust template on LeetCode (its other languages
/// call the class `Node`). Its `Debug` shows the value only.
pub struct Node {
    pub val: i32,
    pub next: Option<::std::rc::Rc<::std::cell::RefCell<Node>>>,
    pub random: Option<::std::rc::Rc<::std::cell::RefCell<Node>>>,
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

/// A graph node whose neighbours are shared (`Rc`), so that edges can run both ways and close
/// cycles: the judge's own type for clone-graph, which has no Rust template on LeetCode (its other
/// languages call the class `Node`, a name taken here by the random-pointer list). Its `Debug`
/// shows the value only.
pub struct GraphNode {
    pub val: i32,
    pub neighbors: Vec<::std::rc::Rc<::std::cell::RefCell<GraphNode>>>,
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

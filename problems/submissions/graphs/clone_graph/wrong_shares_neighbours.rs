use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>> {
        let start = node?;
        let mut copies: HashMap<i32, Rc<RefCell<GraphNode>>> = HashMap::new();
        let mut q = VecDeque::from([start.clone()]);
        while let Some(cur) = q.pop_front() {
            let val = cur.borrow().val;
            if copies.contains_key(&val) {
                continue;
            }
            // Bug: the new node's neighbours are the original's nodes.
            let copy = GraphNode { val, neighbors: cur.borrow().neighbors.clone() };
            copies.insert(val, Rc::new(RefCell::new(copy)));
            for nei in cur.borrow().neighbors.iter() {
                q.push_back(nei.clone());
            }
        }
        let first = copies[&start.borrow().val].clone();
        Some(first)
    }
}

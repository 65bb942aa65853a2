use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use crate::GraphNode; // the judge's own type (LeetCode has no Rust template here)

pub struct Solution;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>> {
        let start = node?;
        let mut map: HashMap<*const RefCell<GraphNode>, Rc<RefCell<GraphNode>>> = HashMap::new();
        map.insert(Rc::as_ptr(&start), Rc::new(RefCell::new(GraphNode::new(start.borrow().val))));
        let mut q = VecDeque::new();
        q.push_back(start.clone());
        while let Some(cur) = q.pop_front() {
            let copy = map[&Rc::as_ptr(&cur)].clone();
            for nei in cur.borrow().neighbors.iter() {
                let key = Rc::as_ptr(nei);
                if !map.contains_key(&key) {
                    map.insert(key, Rc::new(RefCell::new(GraphNode::new(nei.borrow().val))));
                    q.push_back(nei.clone());
                }
                copy.borrow_mut().neighbors.push(map[&key].clone());
            }
        }
        Some(map[&Rc::as_ptr(&start)].clone())
    }
}

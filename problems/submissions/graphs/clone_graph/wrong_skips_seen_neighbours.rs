use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>> {
        let start = node?;
        let mut map: HashMap<i32, Rc<RefCell<GraphNode>>> = HashMap::new();
        let root = Rc::new(RefCell::new(GraphNode::new(start.borrow().val)));
        map.insert(start.borrow().val, root.clone());
        let mut q = VecDeque::from([start]);
        while let Some(cur) = q.pop_front() {
            let copy = map[&cur.borrow().val].clone();
            for nei in cur.borrow().neighbors.iter() {
                let v = nei.borrow().val;
                // Bug: the edge is copied only when the neighbour is new.
                if !map.contains_key(&v) {
                    let c = Rc::new(RefCell::new(GraphNode::new(v)));
                    map.insert(v, c.clone());
                    copy.borrow_mut().neighbors.push(c);
                    q.push_back(nei.clone());
                }
            }
        }
        Some(root)
    }
}

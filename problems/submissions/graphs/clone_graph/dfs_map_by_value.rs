use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

impl Solution {
    pub fn clone_graph(node: Option<Rc<RefCell<GraphNode>>>) -> Option<Rc<RefCell<GraphNode>>> {
        fn dfs(
            node: &Rc<RefCell<GraphNode>>,
            old_to_new: &mut HashMap<i32, Rc<RefCell<GraphNode>>>,
        ) -> Rc<RefCell<GraphNode>> {
            let val = node.borrow().val;
            if let Some(copy) = old_to_new.get(&val) {
                return copy.clone();
            }
            let copy = Rc::new(RefCell::new(GraphNode::new(val)));
            old_to_new.insert(val, copy.clone());
            for nei in node.borrow().neighbors.iter() {
                let c = dfs(nei, old_to_new);
                copy.borrow_mut().neighbors.push(c);
            }
            copy
        }
        let mut old_to_new = HashMap::new();
        node.map(|n| dfs(&n, &mut old_to_new))
    }
}

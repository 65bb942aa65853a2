use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<SharedListNode>>>) -> bool {
        let mut visited: Vec<Rc<RefCell<SharedListNode>>> = Vec::new();
        let mut node = head;
        while let Some(current) = node {
            if visited.iter().any(|v| Rc::ptr_eq(v, &current)) {
                return true;
            }
            node = current.borrow().next.clone();
            visited.push(current);
        }
        false
    }
}

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<SharedListNode>>>) -> bool {
        let mut seen = HashSet::new();
        let mut node = head;
        while let Some(current) = node {
            if !seen.insert(Rc::as_ptr(&current)) {
                return true;
            }
            node = current.borrow().next.clone();
        }
        false
    }
}

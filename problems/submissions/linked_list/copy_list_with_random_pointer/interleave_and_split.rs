use std::cell::RefCell;
use std::rc::Rc;

use crate::Node; // the judge's own type (LeetCode has no Rust template here)

pub struct Solution;

impl Solution {
    pub fn copy_random_list(head: Option<Rc<RefCell<Node>>>) -> Option<Rc<RefCell<Node>>> {
        // 1. A -> A' -> B -> B' -> ...
        let mut cur = head.clone();
        while let Some(node) = cur {
            let next = node.borrow_mut().next.take();
            let copy = Rc::new(RefCell::new(Node::new(node.borrow().val)));
            copy.borrow_mut().next = next.clone();
            node.borrow_mut().next = Some(copy);
            cur = next;
        }
        // 2. A'.random = A.random.next
        let mut cur = head.clone();
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().unwrap();
            let random = node.borrow().random.clone();
            copy.borrow_mut().random = random.and_then(|r| r.borrow().next.clone());
            cur = copy.borrow().next.clone();
        }
        // 3. Split the two lists, restoring the original.
        let new_head = head.as_ref().and_then(|h| h.borrow().next.clone());
        let mut cur = head;
        while let Some(node) = cur {
            let copy = node.borrow().next.clone().unwrap();
            let next = copy.borrow_mut().next.take();
            copy.borrow_mut().next = next.as_ref().and_then(|n| n.borrow().next.clone());
            node.borrow_mut().next = next.clone();
            cur = next;
        }
        new_head
    }
}

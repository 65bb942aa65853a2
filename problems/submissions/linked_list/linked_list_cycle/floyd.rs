use std::cell::RefCell;
use std::rc::Rc;

use crate::SharedListNode; // the judge's own type (LeetCode has no Rust template here)

pub struct Solution;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<SharedListNode>>>) -> bool {
        let mut slow = head.clone();
        let mut fast = head;
        loop {
            fast = match fast.and_then(|f| f.borrow().next.clone()) {
                Some(step) => step.borrow().next.clone(),
                None => return false,
            };
            slow = slow.and_then(|s| s.borrow().next.clone());
            match (&slow, &fast) {
                (Some(s), Some(f)) if Rc::ptr_eq(s, f) => return true,
                (_, None) => return false,
                _ => {}
            }
        }
    }
}

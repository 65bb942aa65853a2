use std::cell::RefCell;
use std::rc::Rc;

use crate::TreeNode;

pub struct Solution;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let (a, b) = (p?.borrow().val, q?.borrow().val);
        let (low, high) = (a.min(b), a.max(b));
        let mut node = root?;
        loop {
            let val = node.borrow().val;
            let next = if high < val {
                node.borrow().left.clone()
            } else if low > val {
                node.borrow().right.clone()
            } else {
                return Some(node);
            };
            node = next?;
        }
    }
}

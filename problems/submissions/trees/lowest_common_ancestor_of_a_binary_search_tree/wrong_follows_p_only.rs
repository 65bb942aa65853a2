use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let pv = p?.borrow().val;
        let _ = q;
        let mut node = root?;
        loop {
            let val = node.borrow().val;
            // Bug: only p's side is followed.
            let next = if pv < val {
                node.borrow().left.clone()
            } else if pv > val {
                node.borrow().right.clone()
            } else {
                return Some(node);
            };
            node = next?;
        }
    }
}

use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn lowest_common_ancestor(
        root: Option<Rc<RefCell<TreeNode>>>,
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> Option<Rc<RefCell<TreeNode>>> {
        let node = root?;
        if Rc::ptr_eq(&node, p.as_ref()?) || Rc::ptr_eq(&node, q.as_ref()?) {
            return Some(node);
        }
        let left = Self::lowest_common_ancestor(node.borrow().left.clone(), p.clone(), q.clone());
        let right = Self::lowest_common_ancestor(node.borrow().right.clone(), p, q);
        match (left, right) {
            (Some(_), Some(_)) => Some(node),
            (Some(found), None) | (None, Some(found)) => Some(found),
            (None, None) => None,
        }
    }
}

use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn right_side_view(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<i32> {
        // "The right side is the right children": walks down right links only.
        let mut view = Vec::new();
        let mut node = root;
        while let Some(current) = node {
            view.push(current.borrow().val);
            node = current.borrow().right.clone();
        }
        view
    }
}

use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        if let Some(node) = root.clone() {
            let mut node = node.borrow_mut();
            // No temporary: by the second line, `left` already holds the inverted right subtree,
            // so the old left subtree is lost and the right one is inverted twice.
            node.left = Self::invert_tree(node.right.clone());
            node.right = Self::invert_tree(node.left.clone());
        }
        root
    }
}

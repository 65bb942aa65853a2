use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // The definition, top down: both heights at this node, then the same for both subtrees.
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match root {
            None => true,
            Some(node) => {
                let node = node.borrow();
                (Self::height(&node.left) - Self::height(&node.right)).abs() <= 1
                    && Self::is_balanced(node.left.clone())
                    && Self::is_balanced(node.right.clone())
            }
        }
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match node {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                1 + Self::height(&node.left).max(Self::height(&node.right))
            }
        }
    }
}

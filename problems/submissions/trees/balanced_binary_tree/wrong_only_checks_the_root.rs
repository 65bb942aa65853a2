use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Compares the two subtrees' heights at the root only, not at every node.
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> i32 {
            match node {
                None => 0,
                Some(node) => {
                    let node = node.borrow();
                    1 + height(&node.left).max(height(&node.right))
                }
            }
        }
        match &root {
            None => true,
            Some(node) => {
                let node = node.borrow();
                (height(&node.left) - height(&node.right)).abs() <= 1
            }
        }
    }
}

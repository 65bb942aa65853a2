use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Only the longest path through the root: the left height plus the right height there.
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
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
            None => 0,
            Some(node) => {
                let node = node.borrow();
                height(&node.left) + height(&node.right)
            }
        }
    }
}

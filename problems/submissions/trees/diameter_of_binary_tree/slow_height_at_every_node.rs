use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // At each node: the path bending there (computing both heights from scratch), or the best
    // one inside either subtree. Every node's height is recomputed once per ancestor: O(n·h).
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        match &root {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                let through = Self::height(&node.left) + Self::height(&node.right);
                let left = Self::diameter_of_binary_tree(node.left.clone());
                let right = Self::diameter_of_binary_tree(node.right.clone());
                through.max(left).max(right)
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

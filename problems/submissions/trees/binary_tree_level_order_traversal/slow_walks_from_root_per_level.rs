use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // The textbook "print the nodes at level d" for d = 1, 2, ..., height: every level is
    // collected by a new walk from the root, O(n·h), O(n²) on a path.
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        for depth in 1..=Self::height(&root) {
            let mut level = Vec::new();
            Self::collect(&root, depth, &mut level);
            levels.push(level);
        }
        levels
    }

    fn height(node: &Option<Rc<RefCell<TreeNode>>>) -> usize {
        match node {
            None => 0,
            Some(node) => {
                let node = node.borrow();
                1 + Self::height(&node.left).max(Self::height(&node.right))
            }
        }
    }

    fn collect(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, level: &mut Vec<i32>) {
        if let Some(node) = node {
            let node = node.borrow();
            if depth == 1 {
                level.push(node.val);
            } else {
                Self::collect(&node.left, depth - 1, level);
                Self::collect(&node.right, depth - 1, level);
            }
        }
    }
}

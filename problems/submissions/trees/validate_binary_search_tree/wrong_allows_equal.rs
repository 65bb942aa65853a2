use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn check(node: &Option<Rc<RefCell<TreeNode>>>, low: i64, high: i64) -> bool {
            match node {
                None => true,
                Some(n) => {
                    let n = n.borrow();
                    let val = n.val as i64;
                    // Inclusive bounds: a value equal to an ancestor's passes.
                    val >= low
                        && val <= high
                        && check(&n.left, low, val)
                        && check(&n.right, val, high)
                }
            }
        }
        check(&root, i64::MIN, i64::MAX)
    }
}

